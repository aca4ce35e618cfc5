import type { CategoryNode } from '@tarodan/contracts';
import { absoluteUrl, languageAlternates, siteUrl } from './site';

/** sitemap.xml as the protocol writes it: an index of child sitemaps, each a urlset with hreflang alternates. */

export type SitemapUrl = {
  /** Path without the locale prefix; the entry is written once per language. */
  path: string;
  lastModified?: string;
  changeFrequency?: 'daily' | 'weekly' | 'monthly';
  priority?: number;
};

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function xmlResponse(body: string, maxAge = 600): Response {
  return new Response(body, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': `public, max-age=${maxAge}, stale-while-revalidate=${maxAge}`,
    },
  });
}

export function sitemapIndex(files: { name: string; lastModified?: string }[]): string {
  const entries = files.map(
    (file) =>
      `<sitemap><loc>${escapeXml(`${siteUrl()}/${file.name}`)}</loc>${
        file.lastModified ? `<lastmod>${escapeXml(file.lastModified)}</lastmod>` : ''
      }</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

function urlEntries(url: SitemapUrl): string[] {
  const alternates = Object.entries(languageAlternates(url.path))
    .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}" />`)
    .join('');
  return (['tr', 'en'] as const).map(
    (locale) =>
      `<url><loc>${escapeXml(absoluteUrl(locale, url.path))}</loc>${alternates}${
        url.lastModified ? `<lastmod>${escapeXml(url.lastModified)}</lastmod>` : ''
      }${url.changeFrequency ? `<changefreq>${url.changeFrequency}</changefreq>` : ''}${
        url.priority === undefined ? '' : `<priority>${url.priority}</priority>`
      }</url>`,
  );
}

export function urlSet(urls: SitemapUrl[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls
    .flatMap(urlEntries)
    .join('\n')}\n</urlset>\n`;
}

const STATIC_PATHS = ['/hakkimizda', '/yardim', '/kvkk', '/kullanim-kosullari'];

function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** Home, every category and the static pages. */
export function pageUrls(categories: CategoryNode[]): SitemapUrl[] {
  return [
    { path: '/', changeFrequency: 'daily', priority: 1 },
    ...flatten(categories).map((category) => ({
      path: `/kategori/${category.slug}`,
      changeFrequency: 'daily' as const,
      priority: category.parentId ? 0.6 : 0.8,
    })),
    ...STATIC_PATHS.map((path) => ({ path, changeFrequency: 'monthly' as const, priority: 0.3 })),
  ];
}
