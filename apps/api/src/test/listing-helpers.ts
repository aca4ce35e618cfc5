import { randomUUID } from 'node:crypto';
import { startIyzicoSandbox } from '@tarodan/iyzico-sandbox';
import { eq, inArray } from 'drizzle-orm';
import { photoLikeJpeg } from '../modules/media/media-test-images.js';
import { Database } from '../platform/database/database.js';
import {
  attributeDefinitions,
  categories,
  categoryAttributes,
  listings,
} from '../platform/database/schema/index.js';
import { SeedRepository } from '../seed/seed.repository.js';
import { newVerifiedMember } from './identity-helpers.js';
import { personalOnboarding } from './seller-factories.js';
import { startTestApp, type TestApp } from './test-app.js';

export type Member = Awaited<ReturnType<typeof newVerifiedMember>>;

/** The API with an iyzico sandbox of its own, so members can onboard as sellers; `close` stops both. */
export async function startMarketplaceTestApp(): Promise<TestApp> {
  const keys = { apiKey: `key-${randomUUID()}`, secretKey: `secret-${randomUUID()}` };
  const sandbox = await startIyzicoSandbox(keys);
  const api = await startTestApp({
    IYZICO_BASE_URL: sandbox.url,
    IYZICO_API_KEY: keys.apiKey,
    IYZICO_SECRET_KEY: keys.secretKey,
  });
  return {
    ...api,
    async close() {
      await api.close();
      await sandbox.close();
    },
  };
}

/** A verified member who completed seller onboarding (the app must point IYZICO_BASE_URL at a sandbox). */
export async function newSeller(api: TestApp, name = 'Deneme Satıcı'): Promise<Member> {
  const member = await newVerifiedMember(api, name);
  const onboarded = await api.request('/v1/account/seller', {
    method: 'PUT',
    token: member.token,
    json: personalOnboarding(),
  });
  if (onboarded.status !== 200) throw new Error(`Onboarding failed: ${JSON.stringify(onboarded.body)}`);
  return member;
}

/**
 * A category of this test's own under a new root, with its own attribute definitions: the shared test database's
 * seeded categories stay untouched. Returns the slugs and ids the test needs.
 */
export async function newTestCategory(api: TestApp) {
  const run = randomUUID().slice(0, 8);
  const seed = new SeedRepository(api.app.get(Database));
  const base = { descriptionTr: '', descriptionEn: '', icon: 'car', position: 99 };
  const rootSlug = `test-diecast-${run}`;
  const rootId = await seed.upsertCategory({
    ...base,
    slug: rootSlug,
    parentId: null,
    nameTr: 'Test Diecast',
    nameEn: 'Test Diecast',
  });
  const childSlug = `test-1-64-${run}`;
  const childId = await seed.upsertCategory({
    ...base,
    slug: childSlug,
    parentId: rootId,
    nameTr: '1:64 Ölçek',
    nameEn: '1:64 Scale',
  });
  return {
    run,
    rootSlug,
    rootId,
    childSlug,
    childId,
    scaleKey: `scale_${run}`,
    flagKey: `th_${run}`,
    yearKey: `year_${run}`,
  };
}

/**
 * Removes what `newTestCategory` made (its listings, attribute sets and definitions, the categories), so test files
 * that read the whole category tree from the shared database see only the seeded one.
 */
export async function removeTestCategory(
  api: TestApp,
  category: Awaited<ReturnType<typeof newTestCategory>>,
) {
  const { db } = api.app.get(Database);
  const ids = [category.childId, category.rootId];
  await db.delete(listings).where(inArray(listings.categoryId, ids));
  await db.delete(categoryAttributes).where(inArray(categoryAttributes.categoryId, ids));
  await db
    .delete(attributeDefinitions)
    .where(inArray(attributeDefinitions.key, [category.scaleKey, category.flagKey, category.yearKey]));
  for (const id of ids) await db.delete(categories).where(eq(categories.id, id));
}

/** Uploads a generated JPEG as a listing photo and waits until its variants exist. */
export async function readyPhoto(api: TestApp, token: string): Promise<string> {
  const uploaded = await fetch(`${api.baseUrl}/v1/media/images?kind=listing-photo`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
    body: new Uint8Array(await photoLikeJpeg(640, 480)),
  });
  const body = (await uploaded.json()) as { image: { id: string } };
  if (uploaded.status !== 202) throw new Error(`Upload failed: ${JSON.stringify(body)}`);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const image = await api.request(`/v1/media/images/${body.image.id}`, { token });
    if (image.body.image.status === 'ready') return body.image.id;
    if (image.body.image.status === 'failed')
      throw new Error(`Photo failed: ${image.body.image.failureReason}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The photo was not processed in 30 s');
}

/** A valid draft body; tests override only what matters to them. */
export function draftBody(
  categoryId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    categoryId,
    title: 'Hot Wheels ’69 Camaro Süper Treasure Hunt',
    description: 'Kartela kapalı, köşelerde çok hafif ezik var. Koleksiyonumdan, sigara içilmeyen evden.',
    condition: 'near_mint',
    packaging: 'sealed',
    priceKurus: 125_000,
    shippingPayer: 'buyer',
    shippingFeeKurus: 4_990,
    shipsWithinDays: 2,
    ...overrides,
  };
}
