import { getCategories } from '@/lib/api';
import { getSitemapListings } from '@/lib/listings-api';
import { pageUrls, urlSet, xmlResponse } from '@/lib/sitemap-xml';

export const dynamic = 'force-dynamic';

const LISTINGS_FILE = /^listings-(\d{1,5})\.xml$/;

/** `pages.xml` (home, categories, static pages) and `listings-<n>.xml` (one page of live and sold listings). */
export async function GET(_request: Request, { params }: { params: { file: string } }): Promise<Response> {
  if (params.file === 'pages.xml') {
    return xmlResponse(urlSet(pageUrls(await getCategories('tr'))));
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
