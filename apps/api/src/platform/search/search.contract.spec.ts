import { randomUUID } from 'node:crypto';
import type { SearchFacetName, SearchQuery } from '@tarodan/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices } from '../../test/services.js';
import { createDatabase } from '../database/create-database.js';
import type { Database } from '../database/database.js';
import { ElasticsearchSearchEngine } from './elasticsearch-search.adapter.js';
import { PostgresSearchEngine } from './postgres-search.adapter.js';
import { byNumber, CATEGORY, FIXTURE, fid } from './search.fixture.js';
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

const ALL_FACETS: SearchFacetName[] = [
  'category',
  'brand',
  'scale',
  'condition',
  'packaging',
  'flag',
  'year',
  'city',
  'free_shipping',
];

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
    expect(asMap('year')).toEqual({ '2020': 1, '2023': 1 });
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
