import { getSitemapListings } from '@/lib/listings-api';
import { sitemapIndex, xmlResponse } from '@/lib/sitemap-xml';

// Built at request time from the API (it is not there during `next build`).
export const dynamic = 'force-dynamic';

/**
 * The sitemap index robots.txt points to: the pages sitemap (home, categories, static pages) and one listings
 * sitemap per page of GET /v1/sitemap/listings. When the listings call fails the pages are still listed.
 */
export async function GET(): Promise<Response> {
  const files: { name: string; lastModified?: string }[] = [{ name: 'sitemaps/pages.xml' }];
  try {
    const first = await getSitemapListings(0);
    const pages = Math.ceil(first.total / Math.max(1, first.pageSize));
    for (let page = 0; page < pages; page += 1) {
      files.push({
        name: `sitemaps/listings-${page}.xml`,
        lastModified: page === 0 ? first.entries[0]?.updatedAt : undefined,
      });
    }
  } catch (error) {
    console.error('sitemap: listings unavailable', error);
  }
  return xmlResponse(sitemapIndex(files), 300);
}
