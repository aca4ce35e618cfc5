import { priceRangeFilter, searchPriceRanges } from '@tarodan/contracts';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../platform/database/database.js';
import { sellerRatings } from '../../platform/database/schema/index.js';
import {
  draftBody,
  type Member,
  newSeller,
  newTestCategory,
  readyPhoto,
  removeTestCategory,
  startMarketplaceTestApp,
} from '../../test/listing-helpers.js';
import type { TestApp } from '../../test/test-app.js';

let api: TestApp;
let category: Awaited<ReturnType<typeof newTestCategory>>;
let rated: Member;
let unrated: Member;
let photoId: string;

/**
 * Prices on both sides of range boundaries (250 ₺ opens a range, 249,99 ₺ closes the one before). The far ones go
 * first: from the fifth listing on, the publish checks hold a price far from the category's median for review.
 */
const PRICES = [1_500_000, 5_000, 250_000, 10_000, 24_999, 25_000, 25_000];

beforeAll(async () => {
  api = await startMarketplaceTestApp();
  category = await newTestCategory(api);
  [rated, unrated] = [await newSeller(api, 'Puanlı Satıcı'), await newSeller(api, 'Yeni Satıcı')];
  photoId = await readyPhoto(api, rated.token);
});

afterAll(async () => {
  if (rated) await api.app.get(Database).db.delete(sellerRatings).where(eq(sellerRatings.sellerId, rated.id));
  if (category) await removeTestCategory(api, category);
  await api?.close();
});

async function publish(seller: Member, priceKurus: number): Promise<string> {
  const created = await api.request('/v1/listings', {
    method: 'POST',
    token: seller.token,
    json: draftBody(category.childId, {
      title: `Tomica Skyline ${category.run}`,
      priceKurus,
      photoIds: [seller === rated ? photoId : await readyPhoto(api, seller.token)],
    }),
  });
  expect(created.status, JSON.stringify(created.body.error)).toBe(201);
  const published = await api.request(`/v1/listings/${created.body.listing.id}/publish`, {
    method: 'POST',
    token: seller.token,
  });
  expect(published.body.listing.status).toBe('active');
  return created.body.listing.id as string;
}

/** Polls `GET /v1/search?…` until `accept` holds (the outbox drains every second). */
async function until(params: string, accept: (body: any) => boolean): Promise<any> {
  const since = Date.now();
  for (;;) {
    const answer = await api.request(`/v1/search?category=${category.rootSlug}&${params}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    if (accept(answer.body)) return answer.body;
    if (Date.now() - since > 10_000)
      throw new Error(`Search never got there: ${JSON.stringify(answer.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('price and seller-rating facets over the real index (decades: search.contract.spec.ts)', () => {
  let ids: string[];
  let unratedId: string;

  beforeAll(async () => {
    ids = [];
    for (const price of PRICES) ids.push(await publish(rated, price));
    unratedId = await publish(unrated, 60_000);
    await until('limit=1', (body) => body.total === PRICES.length + 1);
  });

  it('counts price ranges as a direct SQL count over the listings does, whatever the price filter', async () => {
    const { rows } = (await api.app.get(Database).db.execute(sql`
      select width_bucket(price_kurus, ${sql.raw(
        `array[${searchPriceRanges
          .slice(1)
          .map((r) => r.min)
          .join(',')}]::bigint[]`,
      )}) as bucket, count(*)::int as count
      from listings where category_id = ${category.childId} and status = 'active'
      group by 1 order by 1`)) as unknown as { rows: Array<{ bucket: number; count: number }> };
    const direct = rows.map((row) => ({ value: searchPriceRanges[row.bucket]!.key, count: row.count }));
    expect(direct).toEqual([
      { value: '0-10000', count: 1 },
      { value: '10000-25000', count: 2 },
      { value: '25000-50000', count: 2 },
      { value: '50000-100000', count: 1 },
      { value: '250000-500000', count: 1 },
      { value: '1000000-', count: 1 },
    ]);
    const all = await api.request(`/v1/search?category=${category.rootSlug}&facets=price`);
    expect(all.body.facets.price).toEqual(direct);

    // The price filter narrows the hits, not its own facet; a bucket as a filter finds what it counted.
    const range = searchPriceRanges.find((r) => r.key === '10000-25000')!;
    const { priceMin, priceMax } = priceRangeFilter(range);
    const filtered = await api.request(
      `/v1/search?category=${category.rootSlug}&facets=price&priceMin=${priceMin}&priceMax=${priceMax}`,
    );
    expect(filtered.body.facets.price).toEqual(direct);
    expect(filtered.body.total).toBe(2);
  });

  it('filters and counts by seller rating once the seller has reviews; cards show the same rating', async () => {
    const none = await api.request(
      `/v1/search?category=${category.rootSlug}&ratingMin=1&facets=seller_rating`,
    );
    expect(none.body).toMatchObject({ total: 0, facets: { seller_rating: [] } });

    const db = api.app.get(Database).db;
    await db.insert(sellerRatings).values({ sellerId: rated.id, average: 4.6, count: 12 });
    const four = await until(
      'ratingMin=4&facets=seller_rating,price',
      (body) => body.total === PRICES.length,
    );
    expect(four.items.map((item: { id: string }) => item.id).sort()).toEqual([...ids].sort());
    expect(four.items.map((item: { id: string }) => item.id)).not.toContain(unratedId);
    // Counted without the rating filter: the unrated seller's listing counts in no bucket.
    expect(four.facets.seller_rating).toEqual(
      ['4+', '3+', '2+', '1+'].map((value) => ({ value, count: PRICES.length })),
    );
    // The price facet applies the rating filter: the unrated 600 ₺ listing is gone from it.
    expect(four.facets.price.find((b: { value: string }) => b.value === '50000-100000')).toBeUndefined();

    const detail = await api.request(`/v1/listings/${ids[0]}`);
    expect(detail.body.listing.seller).toMatchObject({ rating: 4.6, ratingCount: 12 });

    // A new average re-indexes the seller's listings (the trigger on seller_ratings fills the outbox).
    await db
      .update(sellerRatings)
      .set({ average: 3.2, count: 13 })
      .where(eq(sellerRatings.sellerId, rated.id));
    const three = await until('ratingMin=4&facets=seller_rating', (body) => body.total === 0);
    expect(three.facets.seller_rating).toEqual(
      ['3+', '2+', '1+'].map((value) => ({ value, count: PRICES.length })),
    );
  });

  it('refuses a rating outside 1–5: 400 naming query.ratingMin, GraphQL naming args.ratingMin', async () => {
    for (const value of ['0', '6', 'dört']) {
      const answer = await api.request(`/v1/search?ratingMin=${encodeURIComponent(value)}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error.details.map((d: { field: string }) => d.field)).toContain('query.ratingMin');
    }
    const graphql = await api.request('/graphql', {
      method: 'POST',
      json: { query: '{ search(ratingMin: 7) { total } }' },
    });
    expect(graphql.body.errors[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'args.ratingMin' })],
    });
  });
});
