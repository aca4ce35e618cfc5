import type { CategoryNode } from '@tarodan/contracts';
import { getCategories } from '@/lib/api';
import { getSitemapListings } from '@/lib/listings-api';
import { getCategoryBrandCounts } from '@/lib/search-api';
import { pageUrls, type SitemapUrl, urlSet, xmlResponse } from '@/lib/sitemap-xml';

export const dynamic = 'force-dynamic';

const LISTINGS_FILE = /^listings-(\d{1,5})\.xml$/;

function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/**
 * Category × brand landing pages that have listings: one brand facet per category (cached a minute). Search being
 * down leaves them out rather than failing the whole file.
 */
async function landingUrls(categories: CategoryNode[]): Promise<SitemapUrl[]> {
  const perCategory = await Promise.all(
    flatten(categories).map(async (category) => {
      const buckets = await getCategoryBrandCounts(category.slug).catch(() => []);
      return buckets
        .filter((bucket) => bucket.count > 0)
        .map((bucket) => ({
          path: `/kategori/${category.slug}/${bucket.value}`,
          changeFrequency: 'daily' as const,
          priority: 0.5,
        }));
    }),
  );
  return perCategory.flat();
}

/**
 * `pages.xml` (home, categories, category × brand pages, static pages) and `listings-<n>.xml` (one page of live
 * and sold listings).
 */
export async function GET(_request: Request, { params }: { params: { file: string } }): Promise<Response> {
  if (params.file === 'pages.xml') {
    const categories = await getCategories('tr');
    return xmlResponse(urlSet([...pageUrls(categories), ...(await landingUrls(categories))]));
  }
  const match = LISTINGS_FILE.exec(params.file);
  if (!match) return new Response('Not found\n', { status: 404 });
  const page = await getSitemapListings(Number(match[1]));
  if (page.entries.length === 0 && Number(match[1]) > 0) return new Response('Not found\n', { status: 404 });
  return xmlResponse(
    urlSet(
      page.entries.map((entry) => ({
        path: entry.path,
        lastModified: entry.updatedAt,
        changeFrequency: 'weekly',
      })),
    ),
  );
}
