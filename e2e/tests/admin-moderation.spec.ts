import { mkdirSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { signInToAdmin, staff } from './support/admin-sign-in';
import { apiUrl, clientIp, createVerifiedMember } from './web-account-support';
import { onboardSeller } from './web-listings-support';

// The moderation queue in the panel: a listing whose description carries a phone number goes to review when it is
// published; a moderator finds it in the queue, reads the preview and rejects it with a reason, approves another, and
// the API then reports the outcome the seller sees.

const SHOTS = '/tmp/shots';
const CATEGORY = 'vintage-oyuncaklar';

type Attribute = {
  key: string;
  type: 'enum' | 'number' | 'text' | 'boolean';
  required: boolean;
  options: { value: string }[] | null;
  min: number | null;
  max: number | null;
};
type Listing = { id: string; title: string; status: string; rejectionReason: string | null };

const auth = (token: string) => ({ authorization: `Bearer ${token}`, ...clientIp() });

/** A 400×300 JPEG with some structure to it, drawn by the browser (no image library in the test). */
async function drawJpeg(page: Page, hue: number): Promise<Buffer> {
  const dataUrl = await page.evaluate((h) => {
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 300;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    const gradient = ctx.createLinearGradient(0, 0, 400, 300);
    gradient.addColorStop(0, `hsl(${h} 70% 55%)`);
    gradient.addColorStop(1, `hsl(${(h + 60) % 360} 70% 30%)`);
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, 400, 300);
    ctx.fillStyle = '#f5f0e6';
    ctx.fillRect(110, 150, 180, 60);
    ctx.fillStyle = '#1c1917';
    for (const x of [145, 255]) {
      ctx.beginPath();
      ctx.arc(x, 215, 26, 0, Math.PI * 2);
      ctx.fill();
    }
    return canvas.toDataURL('image/jpeg', 0.9);
  }, hue);
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

/** Uploads a listing photo and waits until the API has made its variants. */
async function uploadPhoto(request: APIRequestContext, token: string, jpeg: Buffer): Promise<string> {
  const upload = await request.post(`${apiUrl}/v1/media/images`, {
    headers: { ...auth(token), 'content-type': 'image/jpeg' },
    data: jpeg,
  });
  expect(upload.status(), await upload.text()).toBe(202);
  const { image } = (await upload.json()) as { image: { id: string } };
  await expect
    .poll(
      async () => {
        const response = await request.get(`${apiUrl}/v1/media/images/${image.id}`, { headers: auth(token) });
        return ((await response.json()) as { image: { status: string } }).image.status;
      },
      { message: `photo ${image.id} processed`, timeout: 20_000 },
    )
    .toBe('ready');
  return image.id;
}

/** A value the category's attribute accepts, for each required one. */
function requiredAttributes(attributes: Attribute[]): Record<string, string | number | boolean> {
  const values: Record<string, string | number | boolean> = {};
  for (const attribute of attributes.filter((a) => a.required)) {
    if (attribute.type === 'enum') values[attribute.key] = attribute.options?.[0]?.value ?? '';
    else if (attribute.type === 'number') values[attribute.key] = attribute.min ?? 1;
    else if (attribute.type === 'boolean') values[attribute.key] = false;
    else values[attribute.key] = 'e2e';
  }
  return values;
}

type Seller = { token: string; categoryId: string; attributes: Record<string, string | number | boolean> };

/** A verified member with a seller profile, signed in at the API, and the category the listings go in. */
async function createSeller(request: APIRequestContext): Promise<Seller> {
  const member = await createVerifiedMember(request, 'Moderasyon Satici');
  const token = await onboardSeller(request, member.email, member.password, 'Moderasyon Rafı');
  const category = await request.get(`${apiUrl}/v1/categories/${CATEGORY}/attributes`);
  expect(category.status()).toBe(200);
  const body = (await category.json()) as { category: { id: string }; attributes: Attribute[] };
  return { token, categoryId: body.category.id, attributes: requiredAttributes(body.attributes) };
}

/** Creates a draft and publishes it; the phone number in the description sends it to review. */
async function publishFlagged(
  request: APIRequestContext,
  seller: Seller,
  title: string,
  photoIds: string[],
): Promise<Listing> {
  const created = await request.post(`${apiUrl}/v1/listings`, {
    headers: auth(seller.token),
    data: {
      categoryId: seller.categoryId,
      title,
      description:
        'Kutusunda, hiç oynanmamış 1985 üretimi araba. Detaylı fotoğraf isteyen 0532 123 45 67 numarasından arasın.',
      condition: 'near_mint',
      packaging: 'box_damaged',
      priceKurus: 123_456,
      shippingPayer: 'buyer',
      shippingFeeKurus: 4_990,
      attributes: seller.attributes,
      photoIds,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { listing } = (await created.json()) as { listing: Listing };
  const published = await request.post(`${apiUrl}/v1/listings/${listing.id}/publish`, {
    headers: auth(seller.token),
  });
  expect(published.status(), await published.text()).toBe(200);
  const after = ((await published.json()) as { listing: Listing }).listing;
  expect(after.status).toBe('pending_review');
  return after;
}

async function listingAsSeller(request: APIRequestContext, token: string, id: string): Promise<Listing> {
  const response = await request.get(`${apiUrl}/v1/listings/${id}/edit`, { headers: auth(token) });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { listing: Listing }).listing;
}

async function shoot(page: Page, name: string, width: number) {
  await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
  await page.screenshot({ path: `${SHOTS}/admin-moderation-${name}-${width}.png`, fullPage: true });
}

test('a moderator rejects a flagged listing with a reason and approves another, and the seller sees both outcomes', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const seller = await createSeller(request);
  await page.goto('about:blank');
  const photos = [
    await uploadPhoto(request, seller.token, await drawJpeg(page, 10)),
    await uploadPhoto(request, seller.token, await drawJpeg(page, 200)),
    await uploadPhoto(request, seller.token, await drawJpeg(page, 120)),
  ];
  const stamp = Date.now().toString(36);
  const rejected = await publishFlagged(request, seller, `Hot Wheels 1985 Kırmızı Ferrari ${stamp}`, [
    photos[0]!,
    photos[1]!,
  ]);
  const approved = await publishFlagged(request, seller, `Matchbox Lesney Otobüs ${stamp}`, [photos[2]!]);

  // The queue is for staff: the seller's own token is refused.
  const asMember = await request.get(`${apiUrl}/admin/v1/moderation/listings`, {
    headers: auth(seller.token),
  });
  expect(asMember.status()).toBe(403);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInToAdmin(page, staff.moderator, { from: '/moderation' });
  await expect(page).toHaveURL(/\/moderation$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Moderasyon' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'Moderasyon' }),
  ).toHaveAttribute('aria-current', 'page');

  const queue = page.getByTestId('moderation-queue');
  const row = (listing: Listing) => queue.locator(`tr[data-listing-id="${listing.id}"]`);
  await expect(row(rejected)).toBeVisible();
  await expect(row(rejected)).toContainText('1.234,56 ₺');
  await expect(row(rejected)).toContainText('Moderasyon Satici');
  await expect(row(rejected).locator('[data-rule="phone_number"]').first()).toContainText('Telefon numarası');
  await expect(row(rejected).locator('img').first()).toHaveJSProperty('complete', true);
  // Oldest first: the listing published first comes first.
  const ids = await queue
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-listing-id')));
  expect(ids.indexOf(rejected.id)).toBeLessThan(ids.indexOf(approved.id));
  // ↑/↓ move between the rows' title links.
  const titleLink = (index: number) => queue.locator('tbody tr').nth(index).locator('a[data-queue-link]');
  await titleLink(ids.indexOf(rejected.id)).focus();
  await page.keyboard.press('ArrowDown');
  await expect(titleLink(ids.indexOf(rejected.id) + 1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(titleLink(ids.indexOf(rejected.id))).toBeFocused();
  await shoot(page, 'queue', 1280);
  await shoot(page, 'queue', 390);
  await page.setViewportSize({ width: 1280, height: 900 });

  // A click anywhere on the row opens the preview.
  await row(rejected).locator('td').last().click();
  await expect(page).toHaveURL(new RegExp(`/moderation/${rejected.id}$`));
  const preview = page.getByTestId('moderation-preview');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(rejected.title);
  await expect(page.getByTestId('listing-status')).toHaveText('İncelemede');
  await expect(page.getByTestId('listing-description').locator('mark[data-rule="phone_number"]')).toHaveText(
    '0532 123 45 67',
  );
  await expect(page.getByTestId('listing-description')).toHaveAttribute('data-flagged', 'true');
  await expect(page.getByTestId('listing-price')).toContainText('1.234,56 ₺');
  await expect(page.getByTestId('listing-price')).toContainText('49,90 ₺');
  await expect(page.getByTestId('listing-seller')).toContainText('Moderasyon Satici');
  const gallery = page.getByTestId('listing-photos');
  await expect(gallery.getByRole('button', { name: /Fotoğraf \d \/ 2/ })).toHaveCount(2);
  await gallery.getByRole('button', { name: 'Fotoğraf 2 / 2' }).click();
  await expect(gallery.getByRole('button', { name: 'Fotoğraf 2 / 2' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByTestId('listing-photo-main')).toHaveJSProperty('complete', true);
  await shoot(page, 'preview', 1280);
  await shoot(page, 'preview', 390);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => localStorage.setItem('tarodan-admin-theme', 'dark'));
  await page.reload();
  await shoot(page, 'preview-dark', 1280);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Reject: the reason is required; too short a reason is refused in the form, a real one goes to the seller.
  const reason = 'Açıklamada telefon numarası var; alıcılarla iletişim TARODAN mesajlarıyla olmalı.';
  await page.getByTestId('moderation-actions').getByRole('button', { name: 'Reddet' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('reddedilsin mi?');
  const reasonField = dialog.getByLabel('Ret gerekçesi');
  await expect(reasonField).toBeFocused();
  await reasonField.fill('kısa');
  await dialog.getByRole('button', { name: 'Reddet' }).click();
  await expect(dialog.getByTestId('reject-reason-error')).toHaveText('Gerekçe en az 10 karakter olmalı.');
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/admin-moderation-reject-390.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
  await reasonField.fill(reason);
  await reasonField.press('Control+Enter');
  await expect(page).toHaveURL(/\/moderation\?done=rejected/);
  await expect(page.getByTestId('moderation-done')).toContainText(
    `Reddedildi, gerekçe satıcıya iletildi: “${rejected.title}”`,
  );
  await expect(row(rejected)).toHaveCount(0);

  // Approve, from the keyboard: focus the title link, Enter opens the preview.
  await row(approved).getByRole('link', { name: approved.title }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/moderation/${approved.id}$`));
  await page.getByTestId('approve-button').click();
  await expect(page).toHaveURL(/\/moderation\?done=approved/);
  await expect(page.getByTestId('moderation-done')).toContainText(
    `Onaylandı ve yayına alındı: “${approved.title}”`,
  );
  await expect(row(approved)).toHaveCount(0);

  // The API holds the outcome the seller sees.
  const afterReject = await listingAsSeller(request, seller.token, rejected.id);
  expect(afterReject.status).toBe('rejected');
  expect(afterReject.rejectionReason).toBe(reason);
  const afterApprove = await listingAsSeller(request, seller.token, approved.id);
  expect(afterApprove.status).toBe('active');
  expect(afterApprove.rejectionReason).toBeNull();

  // A preview of a listing no longer in review offers no actions.
  await page.goto(`/moderation/${rejected.id}`);
  await expect(page.getByTestId('not-pending')).toContainText('Reddedildi');
  await expect(page.getByTestId('moderation-actions')).toHaveCount(0);
  await expect(page.getByTestId('rejection-reason')).toHaveText(reason);

  // The dashboard counts what is waiting and links to the queue.
  await page.goto('/');
  await expect(page.getByTestId('pending-review-count')).toHaveText(/^\d+$/);
  await shoot(page, 'dashboard', 1280);
  await page.getByTestId('pending-review').click();
  await expect(page).toHaveURL(/\/moderation$/);
});
