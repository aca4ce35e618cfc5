import { expect, test } from '@playwright/test';

const apiUrl = process.env.E2E_API_URL ?? 'http://127.0.0.1:4001';

type CategoryNode = { slug: string; children: CategoryNode[] };

const flatten = (nodes: CategoryNode[]): CategoryNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

test.describe('web robots.txt and sitemap.xml', () => {
  test('robots.txt allows crawling and points to the sitemap', async ({ request, baseURL }) => {
    const response = await request.get('/robots.txt');

    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain('User-Agent: *');
    expect(body).toContain('Allow: /');
    expect(body).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test('sitemap.xml indexes the pages sitemap, which lists both home pages and every category in both languages', async ({
    request,
    baseURL,
  }) => {
    const api = await request.get(`${apiUrl}/v1/categories?locale=tr`);
    const categories = flatten(((await api.json()) as { items: CategoryNode[] }).items);

    const index = await request.get('/sitemap.xml');
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toContain('xml');
    const indexXml = await index.text();
    expect(indexXml).toContain('<sitemapindex');
    expect(indexXml).toContain(`<loc>${baseURL}/sitemaps/pages.xml</loc>`);

    const response = await request.get('/sitemaps/pages.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    const urls = (xml.match(/<loc>[^<]+<\/loc>/g) ?? []).map((loc) => loc.slice(5, -6));
    expect(urls).toEqual(expect.arrayContaining([`${baseURL}/`, `${baseURL}/en`]));
    for (const category of categories) {
      expect(urls).toContain(`${baseURL}/kategori/${category.slug}`);
      expect(urls).toContain(`${baseURL}/en/kategori/${category.slug}`);
    }
    expect(xml).toContain('hreflang="en"');
    expect((await request.get('/sitemaps/unknown.xml')).status()).toBe(404);
  });

  test('redirects the explicit /tr prefix to the canonical unprefixed address', async ({ request }) => {
    const response = await request.get('/tr/yardim', { maxRedirects: 0 });

    expect(response.status()).toBe(308);
    expect(response.headers().location).toMatch(/\/yardim$/);
  });
});
