import { expect, type Page, test } from '@playwright/test';
import { apiUrl, createVerifiedMember, signInThroughForm } from './web-account-support';
import { fixture, onboardSeller, shoot } from './web-listings-support';

// Listings on the storefront over the real API: the sell flow, category grid, listing page, favorites, sitemap.
// The tests share one listing, so they run in order.
test.describe.configure({ mode: 'serial' });

const CATEGORY = { slug: '1-64-olcek', name: '1:64 Ölçek', parent: 'Diecast Arabalar' };
const title = `Hot Wheels 1969 Dodge Charger Treasure Hunt ${Date.now().toString(36)}`;
const listing = { path: '', id: '' };
const sellerAccount = { email: '', password: '' };

type JsonLd = Record<string, unknown> & { '@type': string };

async function jsonLdBlocks(page: Page): Promise<JsonLd[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as JsonLd);
}

test.describe('web listings', () => {
  test('a seller lists a car with three photos, publishes it and it shows on its category page', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const seller = await createVerifiedMember(request, 'Selin Satici');
    await onboardSeller(request, seller.email, seller.password);
    Object.assign(sellerAccount, seller);
    await signInThroughForm(page, seller.email, seller.password, '/giris?next=%2Fsat%2Filan');
    await expect(page).toHaveURL(/\/sat\/ilan$/);

    // 1. Category
    await expect(page.getByTestId('sell-steps')).toHaveAttribute('data-step', 'kategori');
    await shoot(page, 'sell-1-category');
    await page.getByTestId('category-options').getByText(CATEGORY.name, { exact: true }).click();
    await page.getByTestId('step-submit').click();

    // 2. Details, generated from the category's attributes
    await expect(page).toHaveURL(new RegExp(`/sat/ilan/yeni\\?kategori=${CATEGORY.slug}$`));
    await expect(page.getByTestId('chosen-category')).toHaveText(`${CATEGORY.parent} › ${CATEGORY.name}`);
    const form = page.getByTestId('details-form');
    await form.getByLabel('İlan başlığı').fill(title);
    await form
      .getByLabel('Açıklama')
      .fill('Kutusu açılmamış, kartı düz. Sigara içilmeyen evden, özenle saklandı.');
    await form.getByLabel('Marka', { exact: true }).selectOption({ label: 'Hot Wheels' });
    await form.getByLabel('Fiyat (₺)').fill('bin iki yüz');
    await page.getByTestId('field-condition').getByText('Kusursuz', { exact: true }).click();
    await page.getByTestId('field-packaging').getByText('Kutusu açılmamış').click();
    await form.getByLabel('Üretim yılı').fill('2023');
    await form.getByLabel('Treasure Hunt', { exact: true }).check();
    await shoot(page, 'sell-2-details');
    await form.getByLabel('Ölçek', { exact: true }).selectOption('1:64');
    await page.getByTestId('step-submit').click();
    // A price that is not one comes back beside its field, with everything typed still in place.
    await expect(page.locator('#price-error')).toHaveText('Fiyatı 1.250,00 biçiminde yaz.');
    await expect(form.getByLabel('İlan başlığı')).toHaveValue(title);
    await expect(form.getByLabel('Ölçek', { exact: true })).toHaveValue('1:64');
    await expect(form.getByLabel('Treasure Hunt', { exact: true })).toBeChecked();
    await expect(page.getByTestId('field-condition').getByLabel('Kusursuz', { exact: true })).toBeChecked();
    await form.getByLabel('Fiyat (₺)').fill('1.250,00');
    await page.getByTestId('step-submit').click();

    // 3. Photos: three uploads with progress, processed by the API, reordered with the keyboard buttons
    await expect(page).toHaveURL(/\/sat\/ilan\/[0-9a-f-]{36}\/fotograflar$/);
    listing.id = /\/sat\/ilan\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
    await page
      .getByTestId('photo-input')
      .setInputFiles([fixture('diecast-1.jpg'), fixture('diecast-2.jpg'), fixture('diecast-3.jpg')]);
    const tiles = page.getByTestId('photo-tile');
    await expect(tiles).toHaveCount(3);
    await expect(tiles.and(page.locator('[data-status="ready"]'))).toHaveCount(3, { timeout: 30_000 });
    const uploaded = await tiles.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-photo-id')),
    );
    await tiles.nth(2).getByRole('button', { name: 'Sola taşı: 3. fotoğraf' }).click();
    await expect(tiles.nth(1)).toHaveAttribute('data-photo-id', uploaded[2]!);
    // "Continue" waits while the new order is being saved to the draft.
    await expect(page.getByTestId('step-submit')).toBeEnabled();
    await expect(page.getByTestId('photo-save')).toHaveText('Fotoğraf sırası kaydedildi.');
    await shoot(page, 'sell-3-photos');
    // A reload keeps the work: the order comes back from the draft.
    await page.reload();
    await expect(tiles).toHaveCount(3);
    await expect(tiles.nth(1)).toHaveAttribute('data-photo-id', uploaded[2]!);
    await page.getByTestId('step-submit').click();

    // 4. Price and shipping
    await expect(page).toHaveURL(/\/fiyat$/);
    await expect(page.getByLabel('Fiyat (₺)')).toHaveValue('1.250,00');
    await page.getByText('Ben öderim (ücretsiz kargo)').click();
    await page.getByLabel('Kaç iş günü içinde kargolarsın?').selectOption('3');
    await page.getByLabel('Teklifleri değerlendiririm').check();
    await shoot(page, 'sell-4-pricing');
    await page.getByTestId('step-submit').click();

    // 5. Preview and publish
    await expect(page).toHaveURL(/\/onizleme$/);
    await expect(page.getByTestId('preview-price')).toHaveText('1.250,00 ₺');
    await shoot(page, 'sell-5-preview');
    await page.getByTestId('publish-button').click();
    const result = page.getByTestId('publish-result');
    await expect(result).toHaveAttribute('data-status', 'active');
    await expect(result).toContainText('İlanın yayında!');
    await shoot(page, 'sell-6-published');
    await result.getByTestId('view-listing').click();
    await expect(page).toHaveURL(new RegExp(`/ilan/[a-z0-9-]+-${listing.id}$`));
    listing.path = new URL(page.url()).pathname;

    // The category page (and its parent) shows the card: photo first with AVIF/WebP sources and a blurhash.
    await page.goto(`/kategori/${CATEGORY.slug}`);
    const card = page.getByTestId('listing-card').filter({ hasText: title });
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('card-price')).toHaveText('1.250,00 ₺');
    await expect(card.getByTestId('condition-badge')).toHaveText('Kusursuz');
    await expect(card.getByTestId('flag-badge')).toHaveText('Treasure Hunt');
    await expect(card).toContainText('Ücretsiz kargo');
    const picture = card.getByTestId('listing-picture');
    await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif \d+w/);
    await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp \d+w/);
    await expect(picture.locator('img')).toHaveAttribute('src', /\.jpg$/);
    await expect(picture).toHaveAttribute('data-blurhash', /.{6,}/);
    await expect(picture).toHaveAttribute('style', /background-image:\s?url\("data:image\/png;base64,/);
    await shoot(page, 'category');
    await page.goto('/kategori/diecast-arabalar');
    await expect(page.getByTestId('listing-card').filter({ hasText: title })).toHaveCount(1);
  });

  test('a second member favorites the listing and finds it on "my favorites"', async ({ page, request }) => {
    await page.goto(listing.path);
    await expect(page.getByTestId('favorite-sign-in')).toHaveAttribute(
      'href',
      `/giris?next=${encodeURIComponent(listing.path)}`,
    );
    const buyer = await createVerifiedMember(request, 'Mert Alici');
    await page.getByTestId('favorite-sign-in').click();
    await page.getByLabel('E-posta', { exact: true }).fill(buyer.email);
    await page.getByLabel('Şifre', { exact: true }).fill(buyer.password);
    await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
    await expect(page).toHaveURL(listing.path);

    const button = page.getByTestId('favorite-button');
    await expect(button).toContainText('Favorilere ekle');
    await button.click();
    await expect(button).toContainText('Favorilerden çıkar');
    await expect(button).toContainText('1 favori');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await shoot(page, 'listing');

    await page.goto('/hesabim/favoriler');
    await expect(
      page.getByTestId('favorites').getByTestId('listing-card').filter({ hasText: title }),
    ).toHaveCount(1);
    await shoot(page, 'favorites');

    // Without a seller profile the flow still opens (drafts), and says that publishing needs onboarding.
    await page.goto('/sat/ilan');
    await expect(page.getByTestId('no-seller-notice')).toContainText(
      'Yayınlamak için satıcı hesabı gerekiyor',
    );
  });

  test('the listing page declares Product, Offer and BreadcrumbList and answers old slugs with a redirect', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(listing.path);
    const url = `${baseURL}${listing.path}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      `${baseURL}/en${listing.path}`,
    );
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      /\/v1\/media\/v\/.+\.jpg$/,
    );
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', /\.jpg$/);

    // The gallery: thumbnails switch the photo, a click opens the large view, arrows browse, Escape closes.
    await page.getByTestId('gallery-thumbnails').getByRole('button', { name: '2. fotoğrafı göster' }).click();
    await page.getByTestId('gallery-main').click();
    const lightbox = page.getByTestId('lightbox');
    await expect(lightbox).toBeVisible();
    await expect(lightbox).toContainText('Fotoğraf 2 / 3');
    await page.keyboard.press('ArrowRight');
    await expect(lightbox).toContainText('Fotoğraf 3 / 3');
    await page.keyboard.press('Escape');
    await expect(lightbox).toHaveCount(0);

    const blocks = await jsonLdBlocks(page);
    const product = blocks.find((block) => block['@type'] === 'Product') as JsonLd & {
      offers: Record<string, unknown> & { seller: Record<string, unknown> };
      brand: { name: string };
      image: string[];
    };
    expect(product.name).toBe(title);
    expect(product.brand.name).toBe('Hot Wheels');
    expect(product.image).toHaveLength(3);
    expect(product.offers['@type']).toBe('Offer');
    expect(product.offers.price).toBe('1250.00');
    expect(product.offers.priceCurrency).toBe('TRY');
    expect(product.offers.availability).toBe('https://schema.org/InStock');
    expect(product.offers.itemCondition).toBe('https://schema.org/NewCondition');
    expect(product.offers.url).toBe(url);
    expect(product.offers.seller.name).toBeTruthy();
    const breadcrumb = blocks.find((block) => block['@type'] === 'BreadcrumbList') as JsonLd & {
      itemListElement: { name: string; item: string; position: number }[];
    };
    expect(breadcrumb.itemListElement.map((item) => item.name)).toEqual([
      'Ana sayfa',
      CATEGORY.parent,
      CATEGORY.name,
      title,
    ]);
    expect(breadcrumb.itemListElement.at(-1)?.item).toBe(url);

    const old = await request.get(`/ilan/eski-baslik-${listing.id}`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers().location).toBe(listing.path);
    const unknown = await request.get('/ilan/yok-00000000-0000-4000-8000-000000000000');
    expect(unknown.status()).toBe(404);
  });

  test('sitemap.xml indexes a listings sitemap that lists the listing in both languages', async ({
    request,
    baseURL,
  }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.status()).toBe(200);
    const files = ((await index.text()).match(/<loc>[^<]+<\/loc>/g) ?? []).map((loc) => loc.slice(5, -6));
    expect(files).toContain(`${baseURL}/sitemaps/pages.xml`);
    const listingFiles = files.filter((file) => /\/sitemaps\/listings-\d+\.xml$/.test(file));
    expect(listingFiles.length).toBeGreaterThan(0);
    const bodies = await Promise.all(listingFiles.map(async (file) => (await request.get(file)).text()));
    const xml = bodies.join('\n');
    expect(xml).toContain(`<loc>${baseURL}${listing.path}</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/en${listing.path}</loc>`);
    expect(xml).toContain(`hreflang="en" href="${baseURL}/en${listing.path}"`);
    const api = await request.get(`${apiUrl}/v1/sitemap/listings?page=0`);
    expect(api.status()).toBe(200);
  });

  test('the storefront lists the listing, and the seller pauses and resumes it from "my listings"', async ({
    page,
    request,
  }) => {
    const own = await request.get(`${apiUrl}/v1/listings/${listing.id}`);
    const { listing: detail } = (await own.json()) as { listing: { seller: { id: string } } };
    await page.goto(`/satici/${detail.seller.id}`);
    await expect(page.getByTestId('storefront-name')).toBeVisible();
    await expect(page.getByTestId('storefront-rating')).toHaveText('Henüz değerlendirme yok');
    await expect(page.getByTestId('listing-card').filter({ hasText: title })).toHaveCount(1);

    await signInThroughForm(
      page,
      sellerAccount.email,
      sellerAccount.password,
      '/giris?next=%2Fhesabim%2Filanlarim',
    );
    await expect(page).toHaveURL(/\/hesabim\/ilanlarim$/);
    const row = page.locator(`[data-testid="my-listing"][data-listing-id="${listing.id}"]`);
    await expect(row.getByTestId('status-badge')).toHaveText('Yayında');
    await shoot(page, 'my-listings');
    await row.getByTestId('action-pause').click();
    await expect(row.getByTestId('status-badge')).toHaveText('Duraklatıldı');
    await page.getByTestId('status-tabs').getByRole('link', { name: 'Duraklatıldı' }).click();
    await expect(page).toHaveURL(/\?durum=paused$/);
    await expect(row).toHaveCount(1);
    await row.getByTestId('action-resume').click();
    await expect(page.getByTestId('lifecycle-alert').or(page.getByTestId('empty-state'))).toBeVisible();
    await page.goto('/hesabim/ilanlarim?durum=active');
    await expect(row.getByTestId('status-badge')).toHaveText('Yayında');
  });
});
