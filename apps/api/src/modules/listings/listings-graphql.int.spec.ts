import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../platform/database/database.js';
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

const PAGE = 48;

let api: TestApp;
let category: Awaited<ReturnType<typeof newTestCategory>>;
let seller: Member;

beforeAll(async () => {
  api = await startMarketplaceTestApp();
  category = await newTestCategory(api);
  seller = await newSeller(api);
  // One processed photo serves every listing: what is measured is the listing queries, not the image pipeline.
  const photoId = await readyPhoto(api, seller.token);
  for (let i = 0; i < PAGE + 2; i++) {
    const created = await api.request('/v1/listings', {
      method: 'POST',
      token: seller.token,
      json: draftBody(category.childId, {
        title: `Matchbox Lesney No. ${i + 1} kutulu`,
        photoIds: [photoId],
      }),
    });
    await api.request(`/v1/listings/${created.body.listing.id}/publish`, {
      method: 'POST',
      token: seller.token,
    });
  }
}, 180_000);

afterAll(async () => {
  if (category) await removeTestCategory(api, category);
  await api?.close();
});

const CARDS = `query Cards($category: String, $limit: Int) {
  listings(category: $category, limit: $limit, sort: price_asc) {
    total
    items { id path title priceKurus badges { key label } brand { name } city favoriteCount
            cover { status src placeholder { blurhash } variants { format url } } }
  }
}`;

/**
 * The SQL statements one request costs. The counter is the whole process's, and the search indexing job polls its
 * outbox every second on the same handle, so the request runs three times and the smallest count is taken: a poll
 * can only add statements, never remove the request's own.
 */
async function queriesFor(query: string, variables: Record<string, unknown>, token?: string) {
  const database = api.app.get(Database);
  let count = Number.POSITIVE_INFINITY;
  let data: any;
  for (let run = 0; run < 3; run++) {
    const before = database.queriesRun;
    const answer = await api.request('/graphql', { method: 'POST', token, json: { query, variables } });
    expect(answer.body.errors).toBeUndefined();
    count = Math.min(count, database.queriesRun - before);
    data = answer.body.data;
  }
  return { count, data };
}

describe('GraphQL listing pages', () => {
  it('costs the same number of SQL queries for a page of 48 cards as for a page of 1', async () => {
    const one = await queriesFor(CARDS, { category: category.rootSlug, limit: 1 });
    const full = await queriesFor(CARDS, { category: category.rootSlug, limit: PAGE });
    expect(one.data.listings.items).toHaveLength(1);
    expect(full.data.listings.items).toHaveLength(PAGE);
    expect(full.data.listings.total).toBe(PAGE + 2);
    expect(full.data.listings.items[0].cover.variants.map((v: { format: string }) => v.format)).toContain(
      'avif',
    );
    expect(full.count).toBe(one.count);
    expect(full.count).toBeLessThanOrEqual(10);
  });

  it("stays constant for a signed-in member's page of own listings too", async () => {
    const MINE = `query Mine($limit: Int) { myListings(limit: $limit) { items { id status allowedActions photoIds
      attributes { key display } seller { displayName activeListings } breadcrumbs { slug } } } }`;
    const one = await queriesFor(MINE, { limit: 1 }, seller.token);
    const full = await queriesFor(MINE, { limit: PAGE }, seller.token);
    expect(full.data.myListings.items).toHaveLength(PAGE);
    expect(full.count).toBe(one.count);
  });

  it('creates, edits and publishes through mutations with the same validation as REST', async () => {
    const photoId = await readyPhoto(api, seller.token);
    const create = await api.request('/graphql', {
      method: 'POST',
      token: seller.token,
      json: {
        query: `mutation Create($input: ListingInput!) { createListing(input: $input) { id status priceKurus } }`,
        variables: { input: draftBody(category.childId, { photoIds: [photoId], attributes: {} }) },
      },
    });
    const id = create.body.data.createListing.id;
    expect(create.body.data.createListing).toMatchObject({ status: 'draft', priceKurus: 125_000 });

    const bad = await api.request('/graphql', {
      method: 'POST',
      token: seller.token,
      json: {
        query: `mutation { updateListing(id: "${id}", input: { priceKurus: -1 }) { id } }`,
      },
    });
    expect(bad.body.errors[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: expect.arrayContaining([expect.objectContaining({ field: 'args.priceKurus' })]),
    });

    const published = await api.request('/graphql', {
      method: 'POST',
      token: seller.token,
      json: { query: `mutation { listingAction(id: "${id}", action: publish) { status } }` },
    });
    expect(published.body.data.listingAction.status).toBe('active');
  });
});
