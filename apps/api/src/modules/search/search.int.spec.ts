import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let seller: Member;

beforeAll(async () => {
  api = await startMarketplaceTestApp();
  category = await newTestCategory(api);
  seller = await newSeller(api);
});

afterAll(async () => {
  if (category) await removeTestCategory(api, category);
  await api?.close();
});

/** A word no other test's listing has, so counts are exact on a shared database. */
const word = (stem: string) => `${stem}${category.run.replace(/\d/g, 'x')}`;

async function publishedListing(title: string) {
  const photoIds = [await readyPhoto(api, seller.token)];
  const created = await api.request('/v1/listings', {
    method: 'POST',
    token: seller.token,
    json: draftBody(category.childId, { title, photoIds }),
  });
  expect(created.status, JSON.stringify(created.body.error)).toBe(201);
  const published = await api.request(`/v1/listings/${created.body.listing.id}/publish`, {
    method: 'POST',
    token: seller.token,
  });
  expect(published.body.listing.status).toBe('active');
  return created.body.listing.id as string;
}

/** Polls the search until `accept` holds; returns how long it took after `since`. */
async function until(path: string, accept: (body: any) => boolean, since: number): Promise<number> {
  for (;;) {
    const answer = await api.request(path);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    if (accept(answer.body)) return Date.now() - since;
    if (Date.now() - since > 10_000)
      throw new Error(`Search never reflected the change: ${JSON.stringify(answer.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ids = (body: any) => body.items.map((item: { id: string }) => item.id);

describe('search indexing through the outbox and the worker', () => {
  it('makes a published listing searchable, and reflects edits, sales and deletions within 2 s', async () => {
    const first = word('Zirkonya');
    const id = await publishedListing(`Hot Wheels ${first} Camaro Süper Treasure Hunt`);
    let since = Date.now();
    const published = await until(`/v1/search?q=${first}`, (body) => ids(body).includes(id), since);
    expect(published).toBeLessThan(2_000);
    const found = await api.request(`/v1/search?q=${first.toLowerCase()}&category=${category.rootSlug}`);
    expect(found.body).toMatchObject({ total: 1, page: 1, didYouMean: null });
    expect(found.body.items[0]).toMatchObject({
      id,
      status: 'active',
      title: expect.stringContaining(first),
    });

    const second = word('Safirli');
    since = Date.now();
    const edited = await api.request(`/v1/listings/${id}`, {
      method: 'PATCH',
      token: seller.token,
      json: { title: `Hot Wheels ${second} Camaro` },
    });
    expect(edited.status).toBe(200);
    expect(await until(`/v1/search?q=${second}`, (body) => ids(body).includes(id), since)).toBeLessThan(
      2_000,
    );
    expect((await api.request(`/v1/search?q=${first}`)).body.total).toBe(0);

    since = Date.now();
    expect(
      (await api.request(`/v1/listings/${id}/mark-sold`, { method: 'POST', token: seller.token })).status,
    ).toBe(200);
    expect(await until(`/v1/search?q=${second}`, (body) => body.total === 0, since)).toBeLessThan(2_000);
  });

  it('drops a deleted (archived) listing from the results within 2 s', async () => {
    const name = word('Yakutlu');
    const id = await publishedListing(`Matchbox ${name} Land Rover`);
    await until(`/v1/search?q=${name}`, (body) => ids(body).includes(id), Date.now());
    const since = Date.now();
    const deleted = await api.request(`/v1/listings/${id}`, { method: 'DELETE', token: seller.token });
    expect(deleted.status).toBe(204);
    expect(await until(`/v1/search?q=${name}`, (body) => body.total === 0, since)).toBeLessThan(2_000);
  });

  it('counts facets and suggests, and GraphQL answers with the same service', async () => {
    const name = word('Opalli');
    const id = await publishedListing(`Tomica ${name} Skyline`);
    await until(`/v1/search?q=${name}`, (body) => ids(body).includes(id), Date.now());
    const faceted = await api.request(`/v1/search?q=${name}&facets=category,condition`);
    expect(faceted.body.facets).toEqual({
      category: expect.arrayContaining([
        { value: category.rootId, count: 1 },
        { value: category.childId, count: 1 },
      ]),
      condition: [{ value: 'near_mint', count: 1 }],
    });
    const suggest = await api.request(`/v1/search/suggest?q=${name.slice(0, 8)}`);
    expect(suggest.body.suggestions).toContainEqual({
      kind: 'title',
      text: `Tomica ${name} Skyline`,
      ref: id,
    });
    const graphql = await api.request('/graphql', {
      method: 'POST',
      json: {
        query: `query($q: String) { search(q: $q, facets: ["condition"]) {
          total items { id title } facets { name buckets { value count } } didYouMean } }`,
        variables: { q: name },
      },
    });
    expect(graphql.body.data.search).toEqual({
      total: 1,
      items: [{ id, title: `Tomica ${name} Skyline` }],
      facets: [{ name: 'condition', buckets: [{ value: 'near_mint', count: 1 }] }],
      didYouMean: null,
    });
  });
});

describe('malformed searches get a 400 that names the parameter', () => {
  it.each([
    ['price range reversed', 'priceMin=5000&priceMax=100', 'query.priceMax'],
    ['year range reversed', 'yearMin=2020&yearMax=1990', 'query.yearMax'],
    ['unknown facet', 'facets=brand,colour', 'query.facets.1'],
    ['unknown sort', 'sort=cheapest', 'query.sort'],
    ['page 10,000', 'page=10000', 'query.page'],
    ['a 5,000-character query', `q=${'a'.repeat(5_000)}`, 'query.q'],
    ['an unknown filter', 'colour=red', 'query.colour'],
    ['an unknown flag', 'flag=shiny', 'query.flag.0'],
    ['an unknown category', 'category=yok-boyle-bir-kategori', 'query.category'],
  ])('%s', async (_, params, field) => {
    const answer = await api.request(`/v1/search?${params}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(answer.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('refuses an empty suggestion prefix', async () => {
    const answer = await api.request('/v1/search/suggest?q=');
    expect(answer.status).toBe(400);
    expect(answer.body.error.details[0].field).toBe('query.q');
  });
});
