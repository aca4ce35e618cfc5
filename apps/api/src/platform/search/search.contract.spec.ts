import { randomUUID } from 'node:crypto';
import {
  type FacetBucket,
  priceRangeFilter,
  ratingBucketKey,
  type SearchDocument,
  type SearchFacetName,
  type SearchFilters,
  type SearchQuery,
  searchFacetNames,
  searchPriceRanges,
  searchRatingThresholds,
  yearDecadeKey,
} from '@tarodan/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices } from '../../test/services.js';
import { createDatabase } from '../database/create-database.js';
import type { Database } from '../database/database.js';
import { ElasticsearchSearchEngine } from './elasticsearch-search.adapter.js';
import { PostgresSearchEngine } from './postgres-search.adapter.js';
import { byNumber, CATEGORY, FIXTURE, fid, RATINGS } from './search.fixture.js';
import type { SearchEngine } from './search.port.js';

interface Environment {
  engine: SearchEngine;
  /** The PostgreSQL adapters' own table, for counts made with plain SQL. */
  database?: Database;
  teardown: () => Promise<void>;
}

async function pgEnvironment(database: Database, teardown: () => Promise<void>): Promise<Environment> {
  await database.migrate();
  return { engine: new PostgresSearchEngine(database), database, teardown };
}

/** A database of the suite's own on the PostgreSQL server, so other suites' listings never show up in its counts. */
async function freshPostgres(url: string): Promise<Environment> {
  const { Client } = await import('pg');
  const name = `tarodan_search_contract_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await createDatabase({ driver: 'postgres', url: target.toString(), poolSize: 4 });
  return pgEnvironment(database, async () => {
    await database.close();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  });
}

const databaseUrl = testServices.databaseUrl();
const elasticsearchUrl = testServices.elasticsearchUrl();
const adapters: Array<{ name: string; setup: () => Promise<Environment> }> = [
  {
    name: 'postgres on PGlite',
    setup: async () => {
      const database = await createDatabase({ driver: 'pglite', dataDir: 'memory://' });
      return pgEnvironment(database, () => database.close());
    },
  },
  ...(databaseUrl ? [{ name: 'postgres on PostgreSQL', setup: () => freshPostgres(databaseUrl) }] : []),
  ...(elasticsearchUrl
    ? [
        {
          name: 'elasticsearch',
          setup: async (): Promise<Environment> => {
            const engine = new ElasticsearchSearchEngine({
              node: elasticsearchUrl,
              indexPrefix: `tarodan-test-${randomUUID().slice(0, 8)}`,
              refreshOnWrite: true,
            });
            return { engine, teardown: () => engine.dropAll().then(() => engine.close()) };
          },
        },
      ]
    : []),
];

const ALL_FACETS: SearchFacetName[] = [...searchFacetNames];

function query(overrides: Partial<SearchQuery> = {}): SearchQuery {
  return { filters: {}, sort: 'relevance', offset: 0, limit: 50, facets: [], ...overrides };
}

const numbers = (ids: string[]) => ids.map((id) => Number(id.slice(-12)));
const sorted = (ns: number[]) => [...ns].sort((a, b) => a - b);

/** The facet counts computed from the fixture in JavaScript: the reference every adapter must match. */
function expectedBrandCounts(filter: (n: number) => boolean): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const doc of FIXTURE) {
    if (!doc.brandSlug || !filter(Number(doc.id.slice(-12)))) continue;
    counts[doc.brandSlug] = (counts[doc.brandSlug] ?? 0) + 1;
  }
  return counts;
}

/** The price, year and seller-rating filters in JavaScript, each facet leaving its own out. */
function passes(doc: SearchDocument, filters: SearchFilters, without?: SearchFacetName): boolean {
  const price = doc.priceKurus;
  const year = doc.year;
  return (
    (without === 'brand' || !filters.brands || filters.brands.includes(doc.brandSlug ?? '')) &&
    (without === 'price' ||
      ((filters.priceMin === undefined || price >= filters.priceMin) &&
        (filters.priceMax === undefined || price <= filters.priceMax))) &&
    (without === 'year' ||
      ((filters.yearMin === undefined || (year !== null && year >= filters.yearMin)) &&
        (filters.yearMax === undefined || (year !== null && year <= filters.yearMax)))) &&
    (without === 'seller_rating' ||
      filters.ratingMin === undefined ||
      (doc.sellerRating !== null && doc.sellerRating >= filters.ratingMin))
  );
}

/** The range facets' buckets computed from the fixture: the reference every adapter must match, order included. */
function expectedRangeBuckets(
  facet: 'price' | 'year' | 'seller_rating',
  filters: SearchFilters,
): FacetBucket[] {
  const docs = FIXTURE.filter((doc) => passes(doc, filters, facet));
  const buckets = (keys: string[], holds: (doc: SearchDocument, key: string) => boolean) =>
    keys
      .map((value) => ({ value, count: docs.filter((doc) => holds(doc, value)).length }))
      .filter((bucket) => bucket.count > 0);
  switch (facet) {
    case 'price':
      return buckets(
        searchPriceRanges.map((r) => r.key),
        (doc, key) => {
          const range = searchPriceRanges.find((r) => r.key === key)!;
          return doc.priceKurus >= range.min && (range.below === null || doc.priceKurus < range.below);
        },
      );
    case 'year':
      return buckets(
        [...new Set(docs.flatMap((doc) => (doc.year === null ? [] : [yearDecadeKey(doc.year)])))].sort(),
        (doc, key) => doc.year !== null && yearDecadeKey(doc.year) === key,
      );
    case 'seller_rating':
      return buckets(
        searchRatingThresholds.map(ratingBucketKey),
        (doc, key) => doc.sellerRating !== null && doc.sellerRating >= Number.parseFloat(key),
      );
  }
}

describe.each(adapters)('SearchEngine contract: $name', ({ setup }) => {
  let env: Environment;
  let engine: SearchEngine;

  beforeAll(async () => {
    env = await setup();
    engine = env.engine;
    await engine.ensureIndex();
    await engine.upsert(FIXTURE);
  });
  afterAll(async () => {
    await engine?.close();
    await env?.teardown();
  });

  it('finds every active listing without a query, newest first', async () => {
    const result = await engine.search(query({ sort: 'newest' }));
    expect(result.total).toBe(30);
    expect(numbers(result.ids)).toEqual(Array.from({ length: 30 }, (_, i) => 30 - i));
    expect(result.didYouMean).toBeNull();
  });

  it('folds Turkish letters both ways: "sahin" and "ŞAHİN" find "Şahin", "kirmizi" finds "Kırmızı"', async () => {
    expect(numbers((await engine.search(query({ text: 'sahin' }))).ids)).toEqual([10]);
    expect(numbers((await engine.search(query({ text: 'ŞAHİN' }))).ids)).toEqual([10]);
    expect(sorted(numbers((await engine.search(query({ text: 'kirmizi' }))).ids))).toEqual([4, 12, 19]);
  });

  it('matches every word across title, brand, series and model', async () => {
    expect(sorted(numbers((await engine.search(query({ text: 'hot wheels camaro' }))).ids))).toEqual([1, 27]);
    expect(sorted(numbers((await engine.search(query({ text: 'porsche' }))).ids))).toEqual([2, 13]);
    expect(numbers((await engine.search(query({ text: 'muscle mania' }))).ids)).toEqual([1]);
    expect(numbers((await engine.search(query({ text: 'tofaş şahin' }))).ids)).toEqual([10]);
  });

  it('searches descriptions too, with Turkish stems ("sigara" in "Sigara içilmeyen evden")', async () => {
    expect(numbers((await engine.search(query({ text: 'sigara' }))).ids)).toEqual([4]);
  });

  it('"hotwheels 1:64 sti": typo and no Turkish letters still rank the Super Treasure Hunts first', async () => {
    const result = await engine.search(query({ text: 'hotwheels 1:64 sti' }));
    expect(sorted(numbers(result.ids).slice(0, 2))).toEqual([1, 2]);
    expect(numbers(result.ids).every((n) => byNumber(n).brandSlug === 'hot-wheels')).toBe(true);
  });

  it('tolerates a typo ("camro") and says what it meant', async () => {
    const result = await engine.search(query({ text: 'camro' }));
    expect(sorted(numbers(result.ids))).toEqual([1, 27]);
    expect(result.didYouMean).toBe('camaro');
  });

  it('answers zero hits and no correction for words far from anything indexed', async () => {
    const result = await engine.search(query({ text: 'xqzvwk', facets: ['brand'] }));
    expect(result).toMatchObject({ total: 0, ids: [], didYouMean: null });
  });

  it('applies every filter: brand + flags, category subtree, scale, year and price ranges, city, free shipping', async () => {
    const ids = async (filters: SearchQuery['filters'], sort: SearchQuery['sort'] = 'newest') =>
      numbers((await engine.search(query({ filters, sort }))).ids);
    expect(await ids({ brands: ['hot-wheels'], flags: ['super_treasure_hunt'] })).toEqual([2, 1]);
    expect(await ids({ flags: ['treasure_hunt', 'super_treasure_hunt'] })).toEqual([24, 3, 2, 1]);
    expect((await ids({ categoryIds: [CATEGORY.diecast] })).length).toBe(21);
    expect(await ids({ categoryIds: [CATEGORY.diecast143] })).toEqual([12, 11, 10]);
    expect(await ids({ scales: ['1:18'] })).toEqual([20, 19]);
    expect(await ids({ yearMin: 1980, yearMax: 1992 })).toEqual([23, 22, 19, 18]);
    expect(await ids({ priceMin: 400_000, priceMax: 800_000 })).toEqual([28, 22, 16, 13]);
    expect(await ids({ cities: ['istanbul'], brands: ['lego'] })).toEqual([13]);
    expect(await ids({ freeShipping: true })).toEqual([29, 20, 8, 1]);
    expect(await ids({ conditions: ['played_with'], packagings: ['loose'] })).toEqual([23]);
    expect(await ids({ ratingMin: 4, brands: ['hot-wheels'] })).toEqual([24, 3, 2, 1]);
  });

  it('filters by seller rating: 4 keeps four stars and up, sellers without reviews are left out', async () => {
    const ids = async (ratingMin: number) =>
      numbers((await engine.search(query({ filters: { ratingMin }, sort: 'newest' }))).ids);
    expect(await ids(4)).toEqual([24, 13, 7, 3, 2, 1]);
    // 3.99 and exactly 3 are in, 2.9 is not.
    expect(await ids(3)).toEqual([28, 24, 16, 13, 7, 4, 3, 2, 1]);
    expect(await ids(4.5)).toEqual([24, 13, 2, 1]);
    expect((await ids(1)).length).toBe(Object.keys(RATINGS).length);
  });

  it('sorts by price both ways and pages through the same order', async () => {
    const lego = { brands: ['lego'] };
    const asc = await engine.search(query({ filters: lego, sort: 'price_asc' }));
    expect(numbers(asc.ids)).toEqual([15, 13, 14]);
    const desc = await engine.search(query({ filters: lego, sort: 'price_desc' }));
    expect(numbers(desc.ids)).toEqual([14, 13, 15]);
    const all = numbers((await engine.search(query({ sort: 'price_asc' }))).ids);
    const page = await engine.search(query({ sort: 'price_asc', offset: 10, limit: 5 }));
    expect(page.total).toBe(30);
    expect(numbers(page.ids)).toEqual(all.slice(10, 15));
  });

  it('counts each facet as if its own filter were off (disjunctive faceting)', async () => {
    const result = await engine.search(
      query({ filters: { brands: ['hot-wheels'], flags: ['treasure_hunt'] }, facets: ALL_FACETS }),
    );
    expect(numbers(result.ids).sort()).toEqual([24, 3].sort());
    const asMap = (name: SearchFacetName) =>
      Object.fromEntries((result.facets[name] ?? []).map((b) => [b.value, b.count]));
    // brand: the flag filter applies, the brand filter does not.
    expect(asMap('brand')).toEqual(expectedBrandCounts((n) => byNumber(n).flags.includes('treasure_hunt')));
    // flag: the brand filter applies, the flag filter does not.
    expect(asMap('flag')).toEqual({ super_treasure_hunt: 2, treasure_hunt: 2 });
    // other facets: both filters apply.
    expect(asMap('scale')).toEqual({ '1:64': 2 });
    expect(asMap('category')).toEqual({ [CATEGORY.diecast]: 2, [CATEGORY.diecast164]: 2 });
    expect(asMap('city')).toEqual({ Antalya: 1, İzmir: 1 });
    expect(asMap('free_shipping')).toEqual({ false: 2 });
    expect(asMap('year')).toEqual({ '2020s': 2 });
    expect(asMap('price')).toEqual({ '25000-50000': 2 });
    expect(asMap('seller_rating')).toEqual({ '4+': 2, '3+': 2, '2+': 2, '1+': 2 });
  });

  it('counts price ranges from the cheapest, decades from the oldest and seller ratings cumulatively', async () => {
    const result = await engine.search(query({ facets: ['price', 'year', 'seller_rating'] }));
    expect(result.facets.price).toEqual([
      { value: '0-10000', count: 5 },
      { value: '10000-25000', count: 2 },
      // 250 ₺ (listing 29) opens this range: a range includes its lower bound, not its upper one.
      { value: '25000-50000', count: 7 },
      { value: '50000-100000', count: 6 },
      { value: '100000-250000', count: 3 },
      { value: '250000-500000', count: 4 },
      { value: '500000-1000000', count: 2 },
      { value: '1000000-', count: 1 },
    ]);
    expect(result.facets.year).toEqual([
      { value: '1960s', count: 1 },
      { value: '1970s', count: 1 },
      { value: '1980s', count: 2 },
      { value: '1990s', count: 3 },
      { value: '2000s', count: 2 },
      { value: '2010s', count: 13 },
      { value: '2020s', count: 8 },
    ]);
    expect(result.facets.seller_rating).toEqual([
      { value: '4+', count: 6 },
      { value: '3+', count: 9 },
      { value: '2+', count: 10 },
      { value: '1+', count: 11 },
    ]);
    // Empty buckets are left out.
    const lego = await engine.search(
      query({ filters: { brands: ['lego'] }, facets: ['price', 'seller_rating'] }),
    );
    expect(lego.facets.price).toEqual([
      { value: '100000-250000', count: 1 },
      { value: '250000-500000', count: 1 },
      { value: '1000000-', count: 1 },
    ]);
    expect(lego.facets.seller_rating).toEqual(['4+', '3+', '2+', '1+'].map((value) => ({ value, count: 1 })));
  });

  it('a price bucket used as the price filter finds exactly the listings it counted', async () => {
    const { facets } = await engine.search(query({ facets: ['price'] }));
    for (const range of searchPriceRanges) {
      const counted = facets.price?.find((b) => b.value === range.key)?.count ?? 0;
      const found = await engine.search(query({ filters: priceRangeFilter(range) }));
      expect(found.total, range.key).toBe(counted);
    }
  });

  it('counts price, year and rating without their own filter and with every other one', async () => {
    const filters: SearchFilters = {
      ...priceRangeFilter(searchPriceRanges[2]!),
      ratingMin: 3,
      yearMin: 2015,
    };
    const result = await engine.search(
      query({ filters, sort: 'newest', facets: ['price', 'year', 'seller_rating'] }),
    );
    expect(numbers(result.ids)).toEqual(
      FIXTURE.filter((doc) => passes(doc, filters))
        .map((d) => Number(d.id.slice(-12)))
        .reverse(),
    );
    expect(numbers(result.ids)).toEqual([24, 3]);
    expect(result.facets.price).toEqual(expectedRangeBuckets('price', filters));
    expect(result.facets.price).toEqual([
      { value: '0-10000', count: 1 },
      { value: '25000-50000', count: 2 },
      { value: '50000-100000', count: 1 },
      { value: '100000-250000', count: 1 },
      { value: '250000-500000', count: 1 },
    ]);
    expect(result.facets.year).toEqual(expectedRangeBuckets('year', filters));
    expect(result.facets.seller_rating).toEqual(expectedRangeBuckets('seller_rating', filters));
  });

  it('facet counts match a direct SQL count over the indexed documents', async ({ skip }) => {
    if (!env.database) skip();
    const result = await engine.search(
      query({
        text: 'hot wheels',
        filters: { brands: ['matchbox'], cities: ['İstanbul'] },
        facets: ['brand', 'city'],
      }),
    );
    const direct = (await env.database!.db.execute(sql`
      select brand_slug as value, count(*)::int as count from search_documents
      where search_fold(city) = 'istanbul' and tsv @@ to_tsquery('turkish', 'hot:* & wheels:*')
      group by brand_slug order by 2 desc, 1`)) as unknown as {
      rows: Array<{ value: string; count: number }>;
    };
    expect(result.facets.brand).toEqual(direct.rows);
    expect(result.facets.brand).toEqual([{ value: 'hot-wheels', count: 2 }]);
    expect(result.total).toBe(0);
  });

  it('never lets an older version overwrite a newer one; an equal version replaces (retries are harmless)', async () => {
    const doc = byNumber(5);
    await engine.upsert([{ ...doc, version: 3, priceKurus: 13_000 }]);
    await engine.upsert([{ ...doc, version: 2, priceKurus: 99_000 }]);
    const price = async () =>
      numbers((await engine.search(query({ filters: { priceMin: 13_000, priceMax: 13_000 } }))).ids);
    expect(await price()).toEqual([5]);
    await engine.upsert([{ ...doc, version: 3, priceKurus: 13_000, title: 'Hot Wheels Batmobile 1989' }]);
    expect(numbers((await engine.search(query({ text: 'batmobile 1989' }))).ids)).toEqual([5]);
  });

  it('removes documents, and removing a missing one is not an error', async () => {
    await engine.upsert([{ ...byNumber(30), id: fid(99), title: 'Geçici İlan Zamak' }]);
    expect(numbers((await engine.search(query({ text: 'zamak' }))).ids)).toEqual([99]);
    await engine.remove([fid(99), fid(98)]);
    expect((await engine.search(query({ text: 'zamak' }))).total).toBe(0);
  });

  it('suggests brands first, then series and titles, from a prefix without Turkish letters', async () => {
    const hot = await engine.suggest('hot', 5);
    expect(hot[0]).toEqual({ kind: 'brand', text: 'Hot Wheels', ref: 'hot-wheels' });
    const marklin = await engine.suggest('markl', 5);
    expect(marklin[0]).toEqual({ kind: 'brand', text: 'Märklin', ref: 'marklin' });
    const tomica = await engine.suggest('tomica lim', 5);
    expect(tomica.map((s) => s.text)).toContain('Tomica Limited Vintage Nissan Skyline');
    expect((await engine.suggest('camar', 3)).filter((s) => s.kind === 'title').length).toBeGreaterThan(0);
  });

  it('rebuilds into a new index and swaps it in: only the rebuilt documents remain', async () => {
    async function* batches() {
      yield FIXTURE.slice(0, 10);
      yield FIXTURE.slice(10, 20);
    }
    const seen: number[] = [];
    expect(await engine.reindex(batches(), (done) => seen.push(done))).toBe(20);
    expect(seen).toEqual([10, 20]);
    expect((await engine.search(query())).total).toBe(20);
    await engine.upsert(FIXTURE.slice(20));
    expect((await engine.search(query())).total).toBe(30);
    expect(numbers((await engine.search(query({ text: 'sahin' }))).ids)).toEqual([10]);
  });
});
