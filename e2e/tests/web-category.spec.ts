import { type APIRequestContext, expect, test } from '@playwright/test';

const apiUrl = process.env.E2E_API_URL ?? 'http://127.0.0.1:4001';

type CategoryNode = { slug: string; name: string; nameEn: string; children: CategoryNode[] };

async function fetchCategories(request: APIRequestContext, locale: 'tr' | 'en'): Promise<CategoryNode[]> {
  const response = await request.get(`${apiUrl}/v1/categories?locale=${locale}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: CategoryNode[] }).items;
}

async function hasListings(request: APIRequestContext, slug: string): Promise<boolean> {
  const response = await request.get(`${apiUrl}/v1/listings?category=${slug}&limit=1`);
  return ((await response.json()) as { total: number }).total > 0;
}

/** A category with subcategories and, so the empty state shows, no live listings (other specs publish some). */
async function categoryWithChildren(request: APIRequestContext, locale: 'tr' | 'en'): Promise<CategoryNode> {
  const parents = (await fetchCategories(request, locale)).filter((c) => c.children.length > 0);
  for (const parent of parents) {
    if (!(await hasListings(request, parent.slug))) return parent;
  }
  throw new Error('the seed has no category with subcategories and without listings');
}

test.describe('web category page', () => {
  test('shows the category, its breadcrumb, its subcategories and the empty state', async ({
    page,
    request,
  }) => {
    const category = await categoryWithChildren(request, 'tr');

    const response = await page.goto(`/kategori/${category.slug}`);

    expect(response?.status()).toBe(200);
    await expect(page.getByTestId('category-title')).toHaveText(category.name);
    await expect(page.getByTestId('breadcrumb').getByRole('listitem')).toHaveText([
      'Ana sayfa',
      category.name,
    ]);
    await expect(page.getByTestId('subcategories').getByRole('link')).toHaveText(
      category.children.map((c) => c.name),
    );
    await expect(page.getByText('Bu kategoride henüz ilan yok — ilk ilanı sen ver')).toBeVisible();
    await expect(page.getByTestId('empty-state').getByRole('link', { name: 'İlan ver' })).toBeVisible();
    await expect(page).toHaveTitle(`${category.name} | TARODAN`);
  });

  test('leads from a subcategory chip to the subcategory with the full breadcrumb', async ({
    page,
    request,
  }) => {
    const category = await categoryWithChildren(request, 'tr');
    const child = category.children[0]!;

    await page.goto(`/kategori/${category.slug}`);
    await page.getByTestId('subcategories').getByRole('link', { name: child.name }).click();

    await expect(page).toHaveURL(new RegExp(`/kategori/${child.slug}$`));
    await expect(page.getByTestId('category-title')).toHaveText(child.name);
    const crumbs = page.getByTestId('breadcrumb').getByRole('listitem');
    await expect(crumbs).toHaveText(['Ana sayfa', category.name, child.name]);
    await crumbs.getByRole('link', { name: category.name }).click();
    await expect(page.getByTestId('category-title')).toHaveText(category.name);
  });

  test('declares canonical, hreflang and a BreadcrumbList', async ({ page, request, baseURL }) => {
    const category = await categoryWithChildren(request, 'tr');

    await page.goto(`/kategori/${category.slug}`);

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${baseURL}/kategori/${category.slug}`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      `${baseURL}/en/kategori/${category.slug}`,
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
      'content',
      `${baseURL}/kategori/${category.slug}`,
    );
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const breadcrumb = blocks.map((b) => JSON.parse(b)).find((b) => b['@type'] === 'BreadcrumbList');
    expect(breadcrumb.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'Ana sayfa',
      category.name,
    ]);
  });

  test('in English shows the English names and keeps the same page on a language switch', async ({
    page,
    request,
  }) => {
    const category = await categoryWithChildren(request, 'en');

    await page.goto(`/en/kategori/${category.slug}`);

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('category-title')).toHaveText(category.nameEn);
    await expect(page.getByTestId('subcategories').getByRole('link')).toHaveText(
      category.children.map((c) => c.nameEn),
    );
    await expect(page.getByText('No listings in this category yet — be the first to list')).toBeVisible();

    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(new RegExp(`/kategori/${category.slug}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  });

  test('answers an unknown category with the Turkish not-found page and status 404', async ({
    page,
    request,
  }) => {
    const api = await request.get(`${apiUrl}/v1/categories/boyle-bir-kategori-yok`);
    expect(api.status()).toBe(404);

    const response = await page.goto('/kategori/boyle-bir-kategori-yok');

    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Aradığın sayfayı bulamadık' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await page.getByRole('link', { name: 'Ana sayfaya dön' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('answers unknown English paths with the English not-found page and status 404', async ({ page }) => {
    const response = await page.goto('/en/no-such-page');

    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'We couldn’t find that page' })).toBeVisible();
  });
});
