import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { publishListings, uniqueWord, waitForIndexed } from './web-search-support';

// The search page, the header autocomplete and the category × brand landing pages over the real API, with and
// without JavaScript. Three listings carry a run-unique word, so other specs' listings never show up here.
test.describe.configure({ mode: 'serial' });

const word = uniqueWord('kuzgun');
const titles = {
  camaro: `Hot Wheels ${word} Camaro Treasure`,
  mustang: `Hot Wheels ${word} Mustang`,
  rover: `Matchbox ${word} Land Rover`,
};
const WEB = 'http://127.0.0.1:4000';

/** Review screenshots into SEARCH_SHOTS_DIR (`web-search-<name>-<width>.png`), only when it is set. */
async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  const dir = process.env.SEARCH_SHOTS_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const width = page.viewportSize()?.width ?? 1280;
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.screenshot({
    path: join(dir, `web-search-${name}-${width}.png`),
    fullPage: options.fullPage ?? true,
  });
}

const cards = (page: Page) => page.getByTestId('listing-card');
const facet = (page: Page, name: string) => page.getByTestId(`facet-${name}`);

test.describe('web search', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(120_000);
    await publishListings(request, [
      {
        title: titles.camaro,
        brand: 'Hot Wheels',
        condition: 'mint',
        packaging: 'sealed',
        priceKurus: 250_00,
        attributes: { treasure_hunt: true },
      },
      {
        title: titles.mustang,
        brand: 'Hot Wheels',
        condition: 'good',
        packaging: 'loose',
        priceKurus: 120_00,
      },
      { title: titles.rover, brand: 'Matchbox', condition: 'mint', packaging: 'loose', priceKurus: 90_00 },
    ]);
    await waitForIndexed(request, word, 3);
  });

  test('with JavaScript: a suggestion from the header box, then facets that narrow, chips and the back button', async ({
    page,
  }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Ürün, marka veya kategori ara' });
    await box.click();
    await box.pressSequentially(word.slice(0, 9), { delay: 30 });
    const listbox = page.getByRole('listbox', { name: 'Öneriler' });
    await expect(listbox).toBeVisible();
    await expect(listbox.getByRole('option', { name: new RegExp(`${titles.camaro}`) })).toBeVisible();
    await shot(page, 'autocomplete', { fullPage: false });
    // ↓ until the Camaro is the active option, then Enter opens its listing.
    const options = await listbox.getByRole('option').allTextContents();
    const target = options.findIndex((text) => text.includes(titles.camaro));
    for (let i = 0; i <= target; i++) await box.press('ArrowDown');
    await expect(listbox.getByRole('option', { selected: true })).toContainText(titles.camaro);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/ilan\/[a-z0-9-]+-[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.camaro);

    // Escape closes the list; Enter without a chosen option searches.
    await box.fill(word);
    await expect(listbox).toBeVisible();
    await box.press('Escape');
    await expect(listbox).toBeHidden();
    await box.press('Enter');
    await expect(page).toHaveURL(`/ara?q=${word}`);
    await expect(page.getByTestId('search-title')).toHaveText(`“${word}” için sonuçlar`);
    await expect(cards(page)).toHaveCount(3);
    await expect(page.getByTestId('result-count')).toHaveText('3 ilan');
    await expect(box).toHaveValue(word);
    await expect(facet(page, 'condition').getByText('Kusursuz')).toBeVisible();
    await shot(page, 'facets');

    // A facet applies at once: URL, chip and results follow, no Apply button needed.
    await expect(page.getByTestId('filters-submit')).toHaveCount(0);
    await facet(page, 'condition')
      .getByLabel(/Kusursuz/)
      .check();
    await expect(page).toHaveURL(`/ara?q=${word}&condition=mint`);
    await expect(cards(page)).toHaveCount(2);
    await expect(page.getByTestId('filter-chip')).toHaveText(['Kusursuz']);
    await facet(page, 'brand')
      .getByLabel(/Hot Wheels/)
      .check();
    await expect(page).toHaveURL(`/ara?q=${word}&brand=hot-wheels&condition=mint`);
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page)).toContainText(titles.camaro);
    await expect(page.getByTestId('filter-chip')).toHaveText(['Hot Wheels', 'Kusursuz']);

    // Back restores the previous state, checkboxes included.
    await page.goBack();
    await expect(page).toHaveURL(`/ara?q=${word}&condition=mint`);
    await expect(cards(page)).toHaveCount(2);
    await expect(facet(page, 'brand').getByLabel(/Hot Wheels/)).not.toBeChecked();
    await expect(facet(page, 'condition').getByLabel(/Kusursuz/)).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(`/ara?q=${word}`);
    await expect(cards(page)).toHaveCount(3);
    await expect(page.getByTestId('filter-chip')).toHaveCount(0);

    // Words are encoded as the plain form would encode them, so both land on one address.
    await box.fill(`Hot Wheels ${word}`);
    await box.press('Escape');
    await box.press('Enter');
    await expect(page).toHaveURL(`/ara?q=Hot+Wheels+${word}`);
    await expect(cards(page)).toHaveCount(2);

    // A chip removes its filter in one click.
    await page.goto(`/ara?q=${word}&condition=mint&flag=treasure_hunt`);
    await expect(cards(page)).toHaveCount(1);
    await page.getByRole('link', { name: 'Kaldır: Treasure Hunt' }).click();
    await expect(page).toHaveURL(`/ara?q=${word}&condition=mint`);
    await expect(cards(page)).toHaveCount(2);

    // Sort: price ascending puts the Land Rover first.
    await page.getByTestId('sort-select').selectOption('price_asc');
    await expect(page).toHaveURL(`/ara?q=${word}&condition=mint&sort=price_asc`);
    await expect(cards(page).first()).toContainText(titles.rover);
  });

  test('with JavaScript on a phone: the filter sheet opens, applies and closes', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/ara?q=${word}`);
    await expect(page.getByTestId('filter-panel')).toBeHidden();
    await shot(page, 'facets');
    await page.getByTestId('filters-toggle').click();
    const panel = page.getByTestId('filter-panel');
    await expect(panel).toBeVisible();
    await panel.getByLabel(/Kusursuz/).check();
    await expect(page).toHaveURL(`/ara?q=${word}&condition=mint`);
    await expect(page.getByTestId('filters-done')).toHaveText('2 ilanı göster');
    await shot(page, 'drawer', { fullPage: false });
    await page.getByTestId('filters-done').click();
    await expect(panel).toBeHidden();
    await expect(cards(page)).toHaveCount(2);

    const box = page.getByRole('combobox', { name: 'Ürün, marka veya kategori ara' });
    await box.fill(word.slice(0, 9));
    await expect(page.getByRole('listbox', { name: 'Öneriler' })).toBeVisible();
    await shot(page, 'autocomplete', { fullPage: false });
  });

  test('price ranges are links counted without the price filter: one narrows, a second click removes it', async ({
    page,
  }) => {
    await page.goto(`/ara?q=${word}`);
    const prices = facet(page, 'price');
    await expect(prices.getByRole('link')).toHaveText([
      /100 ₺ altı\s*1/,
      /100 ₺ – 250 ₺\s*1/,
      /250 ₺ – 500 ₺\s*1/,
    ]);
    await prices.getByRole('link', { name: /100 ₺ – 250 ₺/ }).click();
    // 250 ₺ opens the next range, so this one ends at 249,99 ₺.
    await expect(page).toHaveURL(`/ara?q=${word}&priceMin=100&priceMax=249%2C99`);
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page)).toContainText(titles.mustang);
    await expect(page.getByTestId('filter-chip')).toHaveText(['100 ₺ – 250 ₺']);
    await expect(page.getByTestId('input-priceMax')).toHaveValue('249,99');
    await expect(prices.getByRole('link')).toHaveCount(3);
    await shot(page, 'price-range');
    await prices.getByRole('link', { name: /100 ₺ – 250 ₺/ }).click();
    await expect(page).toHaveURL(`/ara?q=${word}`);
    await expect(cards(page)).toHaveCount(3);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a price range is a plain link', async ({ page }) => {
      await page.goto(`/ara?q=${word}`);
      await facet(page, 'price')
        .getByRole('link', { name: /100 ₺ altı/ })
        .click();
      await expect(page).toHaveURL(`/ara?q=${word}&priceMax=99%2C99`);
      await expect(cards(page)).toHaveCount(1);
      await expect(cards(page)).toContainText(titles.rover);
      await expect(facet(page, 'price').getByRole('link', { name: /100 ₺ altı/ })).toHaveAttribute(
        'aria-current',
        'true',
      );
    });

    test('the first render lists results and the filter form narrows them', async ({ page }) => {
      await page.goto(`/ara?q=${word}`);
      await expect(cards(page)).toHaveCount(3);
      await expect(page.getByTestId('result-count')).toHaveText('3 ilan');
      await facet(page, 'condition')
        .getByLabel(/Kusursuz/)
        .check();
      await facet(page, 'packaging')
        .getByLabel(/Kutusuz/)
        .check();
      await page.getByTestId('filters-submit').first().click();
      // The form sends every field; the page answers with one redirect to the tidy address.
      await expect(page).toHaveURL(`/ara?q=${word}&condition=mint&packaging=loose`);
      await expect(cards(page)).toHaveCount(1);
      await expect(cards(page)).toContainText(titles.rover);
      await expect(page.getByTestId('filter-chip')).toHaveText(['Kusursuz', 'Kutusuz']);
    });

    test('on a phone the filter sheet opens through its anchor and submits the form', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/ara?q=${word}`);
      const panel = page.getByTestId('filter-panel');
      await expect(panel).toBeHidden();
      await page.getByTestId('filters-toggle').click();
      await expect(panel).toBeVisible();
      await panel.getByLabel(/Treasure Hunt/).check();
      await page.getByTestId('filters-done').click();
      await expect(page).toHaveURL(`/ara?q=${word}&flag=treasure_hunt`);
      await expect(panel).toBeHidden();
      await expect(cards(page)).toHaveCount(1);
    });

    test('a reversed price range is a friendly notice, and the rest of the search still answers', async ({
      page,
    }) => {
      await page.goto(`/ara?q=${word}&priceMin=500&priceMax=100`);
      await expect(page.getByTestId('search-notice')).toContainText('Fiyat aralığı ters');
      await expect(page.getByTestId('search-notice')).toContainText('query.priceMax');
      await expect(cards(page)).toHaveCount(3);
      // A price typed the Turkish way narrows as lira.
      await page.goto(`/ara?q=${word}&priceMax=${encodeURIComponent('1.000,00')}`);
      await expect(cards(page)).toHaveCount(3);
      await page.goto(`/ara?q=${word}&priceMin=200`);
      await expect(cards(page)).toHaveCount(1);
      await expect(page.getByTestId('filter-chip')).toHaveText('200 ₺ ve üzeri');
    });

    test('in English the same search speaks English', async ({ page }) => {
      await page.goto(`/en/ara?q=${word}&condition=mint`);
      await expect(page.getByTestId('search-title')).toHaveText(`Results for “${word}”`);
      await expect(page.getByTestId('result-count')).toHaveText('2 listings');
      await expect(page.getByTestId('filter-chip')).toHaveText(['Mint']);
      await expect(page.locator('link[rel="alternate"][hreflang="tr-TR"]')).toHaveAttribute(
        'href',
        `${WEB}/ara?q=${word}&condition=mint`,
      );
    });

    test('filtered searches are noindex; a lone category × brand points at its landing page', async ({
      page,
    }) => {
      await page.goto(`/ara?q=${word}&condition=mint`);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await page.goto('/ara?category=diecast-arabalar&brand=hot-wheels');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        `${WEB}/kategori/diecast-arabalar/hot-wheels`,
      );
      await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    });
  });

  test('the category × brand landing page has its H1, canonical, hreflang and breadcrumb JSON-LD', async ({
    page,
    request,
  }) => {
    const response = await page.goto('/kategori/diecast-arabalar/hot-wheels');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hot Wheels Diecast Arabalar');
    await expect(page).toHaveTitle('Hot Wheels Diecast Arabalar | TARODAN');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${WEB}/kategori/diecast-arabalar/hot-wheels`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      `${WEB}/en/kategori/diecast-arabalar/hot-wheels`,
    );
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as { '@type': string; itemListElement?: { name: string; item: string }[] },
    );
    const crumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList')?.itemListElement ?? [];
    expect(crumbs.map((c) => c.name)).toEqual(['Ana sayfa', 'Diecast Arabalar', 'Hot Wheels']);
    expect(crumbs.at(-1)?.item).toBe(`${WEB}/kategori/diecast-arabalar/hot-wheels`);
    await expect(cards(page).filter({ hasText: titles.camaro })).toHaveCount(1);
    await expect(cards(page).filter({ hasText: titles.rover })).toHaveCount(0);
    await shot(page, 'landing');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'landing');
    await page.setViewportSize({ width: 1280, height: 720 });

    // The category page links to it; the sitemap lists it; an unknown brand is a 404.
    await page.goto('/kategori/diecast-arabalar');
    await expect(
      page.getByTestId('category-brands').getByRole('link', { name: /Hot Wheels/ }),
    ).toHaveAttribute('href', '/kategori/diecast-arabalar/hot-wheels');
    const sitemap = await request.get(`${WEB}/sitemaps/pages.xml`);
    expect(await sitemap.text()).toContain(`${WEB}/kategori/diecast-arabalar/hot-wheels</loc>`);
    const unknown = await page.goto('/kategori/diecast-arabalar/boyle-bir-marka-yok');
    expect(unknown?.status()).toBe(404);
    const english = await page.goto('/en/kategori/diecast-arabalar/hot-wheels');
    expect(english?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
