import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

// The storefront must show what the API says: every assertion compares the page with a direct REST call.
const apiUrl = process.env.E2E_API_URL ?? 'http://127.0.0.1:4001';

type CategoryNode = { slug: string; name: string; nameEn: string; children: CategoryNode[] };

async function fetchCategories(request: APIRequestContext, locale: 'tr' | 'en'): Promise<CategoryNode[]> {
  const response = await request.get(`${apiUrl}/v1/categories?locale=${locale}`);
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: CategoryNode[] };
  expect(items.length).toBeGreaterThan(0);
  return items;
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test.describe('web home page', () => {
  test('lists the same categories, in the same order, as GET /v1/categories', async ({ page, request }) => {
    const categories = await fetchCategories(request, 'tr');

    await page.goto('/');

    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByTestId('category-name')).toHaveText(categories.map((c) => c.name));
    const firstWithChildren = categories.find((c) => c.children.length > 0);
    if (firstWithChildren) {
      const card = page.locator(`[data-testid="category-card"][data-slug="${firstWithChildren.slug}"]`);
      await expect(card.getByRole('link', { name: firstWithChildren.children[0]!.name })).toBeVisible();
    }
  });

  test('switches to English from the header and shows the English category names', async ({
    page,
    request,
  }) => {
    const english = await fetchCategories(request, 'en');

    await page.goto('/');
    await page.getByTestId('language-switch').click();

    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('category-name')).toHaveText(english.map((c) => c.nameEn));
    await expect(page.getByTestId('language-switch')).toHaveAttribute('href', '/');
  });

  test('shows the escrow promise, the sell button and the footer links', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByText('Paranız ürün elinize ulaşana kadar güvende')).toBeVisible();
    await expect(page.getByTestId('sell-button')).toHaveAttribute('href', '/sat');
    for (const name of ['Hakkımızda', 'Yardım', 'KVKK Aydınlatma Metni', 'Kullanım Koşulları']) {
      await expect(page.getByRole('contentinfo').getByRole('link', { name })).toBeVisible();
    }
    await page.getByRole('contentinfo').getByRole('link', { name: 'KVKK Aydınlatma Metni' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KVKK Aydınlatma Metni');
  });

  test('sends the search box to /ara', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('combobox', { name: 'Ürün, marka veya kategori ara' });
    await search.fill('Hot Wheels');
    await search.press('Enter');

    await expect(page).toHaveURL(/\/ara\?q=Hot\+Wheels$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('“Hot Wheels” için sonuçlar');
  });

  test('declares canonical, hreflang, OpenGraph, Twitter card and JSON-LD', async ({ page, baseURL }) => {
    await page.goto('/');

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).href).toBe(new URL('/', baseURL).href);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      `${baseURL}/en`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="tr-TR"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /TARODAN/);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'tr_TR');
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/og.png`);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);

    const graph = (await jsonLd(page)).flatMap(
      (block) => (block['@graph'] as Record<string, unknown>[]) ?? [block],
    );
    const types = graph.map((node) => node['@type']);
    expect(types).toEqual(expect.arrayContaining(['Organization', 'WebSite']));
    const website = graph.find((node) => node['@type'] === 'WebSite') as {
      potentialAction: { '@type': string };
    };
    expect(website.potentialAction['@type']).toBe('SearchAction');

    const og = await page.request.get('/og.png');
    expect(og.status()).toBe(200);
    expect(og.headers()['content-type']).toBe('image/png');
  });
});
