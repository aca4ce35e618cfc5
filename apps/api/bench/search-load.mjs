// Fills the search benchmark's own PostgreSQL database: migrations and reference data through the API's own CLI
// (`dist/cli/seed.js --listings=0`: categories, brands, attributes, demo accounts; no demo catalog), then sellers and
// listings with set-based SQL (one INSERT … SELECT over generate_series each, never one statement per row), then the
// search table through `dist/cli/search-reindex.js`, the production path that writes documents with the adapter's
// own code. Used by search.bench.mjs.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  COLORS,
  cities,
  conditionOdds,
  firstNames,
  lastInitials,
  packagingOdds,
  productLines,
  remarks,
} from './search-data.mjs';

/** Bump when the generated data changes, so a database filled by an older generator is rebuilt. */
const GENERATOR = 'bench:search data v1';

const FLAG_DEFINITIONS = [
  ['limited_edition', 'Sınırlı üretim', 'Limited edition'],
  ['treasure_hunt', 'Treasure Hunt', 'Treasure Hunt'],
  ['super_treasure_hunt', 'Süper Treasure Hunt', 'Super Treasure Hunt'],
  ['chase', 'Chase', 'Chase'],
  ['error_variation', 'Hatalı üretim', 'Error variation'],
  ['first_edition', 'İlk baskı', 'First edition'],
];

/** Words a seller puts in the title for a flag. */
const FLAG_TITLE_WORDS = {
  treasure_hunt: 'TH',
  super_treasure_hunt: 'Super Treasure Hunt',
  chase: 'Chase',
  limited_edition: 'Sınırlı Üretim',
  error_variation: 'Hatalı Baskı',
  first_edition: '1. Baskı',
};

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** A small deterministic PRNG (mulberry32), so two runs generate the same sellers. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function runNode(apiDir, args, env, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: apiDir,
      env,
      stdio: ['ignore', quiet ? 'pipe' : 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout?.resume();
    child.on('exit', (code) =>
      code === 0
        ? resolve(stderr)
        : reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr}`)),
    );
  });
}

/** `CASE WHEN r < c1 THEN v1 WHEN r < c2 … END` from [value, share] pairs. */
function pickSql(column, odds, cast) {
  let cumulative = 0;
  const branches = odds.map(([value, share], index) => {
    cumulative += share;
    const bound = index === odds.length - 1 ? '1.1' : cumulative.toFixed(4);
    return `WHEN ${column} < ${bound} THEN '${value}'`;
  });
  return `(CASE ${branches.join(' ')} END)::${cast}`;
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** What the database holds now: the generator's mark (a comment on the database) and the indexed count. */
async function inspect(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `select shobj_description(oid, 'pg_database') as mark from pg_database where datname = current_database()`,
    );
    const mark = rows[0]?.mark ?? null;
    if (!mark?.startsWith(GENERATOR)) return { mark, listings: 0, documents: 0 };
    const counts = await client.query(
      `select (select count(*)::int from listings where status = 'active') as listings,
              (select count(*)::int from search_documents) as documents`,
    );
    return { mark, ...counts.rows[0] };
  });
}

/** Drops and recreates the database; only databases whose name says "bench", so a typo cannot drop real data. */
async function recreate(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/bench/.test(name)) {
    throw new Error(
      `refusing to drop "${name}": the benchmark only recreates databases whose name contains "bench"`,
    );
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  });
}

async function databaseExists(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return withClient(admin.toString(), async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    return rowCount === 1;
  });
}

async function insertSellers(client, count) {
  const random = prng(20_240_501);
  const totalWeight = cities.reduce((sum, [, weight]) => sum + weight, 0);
  const pickCity = () => {
    let roll = random() * totalWeight;
    for (const [city, weight] of cities) {
      roll -= weight;
      if (roll < 0) return city;
    }
    return cities[0][0];
  };
  const emails = [];
  const names = [];
  const sellerCities = [];
  for (let i = 0; i < count; i += 1) {
    emails.push(`bench-seller-${String(i).padStart(5, '0')}@bench.tarodan.test`);
    const first = firstNames[Math.floor(random() * firstNames.length)];
    const initial = lastInitials[Math.floor(random() * lastInitials.length)];
    names.push(random() < 0.2 ? `${first}${initial} Koleksiyon` : `${first} ${initial}.`);
    sellerCities.push(pickCity());
  }
  await client.query(
    `insert into users (email, password_hash, display_name, city, email_verified_at)
     select e, 'bench-no-login', n, c, now() from unnest($1::text[], $2::text[], $3::text[]) as s(e, n, c)`,
    [emails, names, sellerCities],
  );
}

/** One row per (line, model): the generator draws a product uniformly, so lines with more models list more. */
function productRows() {
  return productLines.flatMap((line) =>
    line.models.map((model) => {
      let cumulative = 0;
      const flags = Object.entries(line.flags);
      return {
        category: line.category,
        brand: line.brand,
        scale: line.scale,
        model,
        series: line.series,
        variants: line.variants,
        color_variants: line.variants === COLORS,
        year_min: line.years[0],
        year_max: line.years[1],
        price_min: line.price[0],
        price_max: line.price[1],
        flag_keys: flags.map(([key]) => key),
        flag_cum: flags.map(([, odds]) => (cumulative += odds)),
      };
    }),
  );
}

async function insertListings(client, count) {
  await client.query('select setseed(0.4242)');
  await client.query(
    `create temp table bench_products as
    select (row_number() over () - 1)::int as idx, c.id as category_id, b.id as brand_id, x.*
    from jsonb_to_recordset($1::jsonb) as x(category text, brand text, scale text, model text, series text[],
      variants text[], color_variants boolean, year_min int, year_max int, price_min int, price_max int, flag_keys text[], flag_cum float8[])
    join categories c on c.slug = x.category
    left join brands b on b.name = x.brand`,
    [JSON.stringify(productRows())],
  );
  const { rows } = await client.query('select count(*)::int as n from bench_products');
  if (rows[0].n !== productRows().length) {
    throw new Error('some product lines name a category the seed does not have');
  }
  await client.query(`create temp table bench_sellers as
    select (row_number() over (order by email) - 1)::int as idx, id from users
    where email like 'bench-seller-%@bench.tarodan.test'`);
  await client.query('alter table bench_sellers add primary key (idx)');
  await client.query('alter table bench_products add primary key (idx)');

  const flagWord = `(CASE s.flag ${Object.entries(FLAG_TITLE_WORDS)
    .map(([key, word]) => `WHEN '${key}' THEN '${word}'`)
    .join(' ')} END)`;
  const remarksSql = `array[${remarks.map((r) => `'${r}'`).join(', ')}]`;
  // The outbox trigger is off for the bulk load: the reindex below builds every document, so 250,000 outbox rows
  // would only be drained again afterwards.
  await client.query('begin');
  await client.query('alter table listings disable trigger listings_search_outbox');
  await client.query(
    `with r as materialized (
       select g, random() as rp, random() as rs, random() as rv, random() as ry, random() as rprice,
              random() as rcond, random() as rpack, random() as rflag, random() as rpat, random() as rseller,
              random() as rpub, random() as rship, random() as rrem
       from generate_series(1, $1::int) g
     ),
     s as materialized (
       select r.*, p.*, sl.id as seller_id,
              p.series[1 + floor(r.rs * cardinality(p.series))::int] as serie,
              p.variants[1 + floor(r.rv * cardinality(p.variants))::int] as variant,
              p.year_min + floor(r.ry * (p.year_max - p.year_min + 1))::int as year,
              ${pickSql('r.rcond', conditionOdds, 'condition_grade')} as cond,
              ${pickSql('r.rpack', packagingOdds, 'packaging_state')} as pack,
              (select f.k from unnest(p.flag_keys, p.flag_cum) as f(k, c) where r.rflag < f.c order by f.c limit 1)
                as flag
       from r
       join bench_products p on p.idx = floor(r.rp * (select count(*) from bench_products))::int
       join bench_sellers sl on sl.idx = floor(r.rseller * r.rseller * (select count(*) from bench_sellers))::int
     ),
     t as (
       select s.*,
              case floor(s.rpat * 4)::int
                when 0 then concat_ws(' ', s.brand, s.model, s.variant, ${flagWord})
                when 1 then concat_ws(' ', s.brand, s.serie, s.model, s.year::text)
                when 2 then concat_ws(' ', s.model, s.brand, s.scale,
                  case s.pack when 'sealed' then 'Kutusu Açılmamış' when 'box_damaged' then 'Kutusu Hasarlı'
                    else 'Kutusuz' end)
                else concat_ws(' ', s.brand, s.model, s.serie, s.variant, ${flagWord})
              end as title,
              round((s.price_min + (s.price_max - s.price_min) * s.rprice * s.rprice)
                * case s.cond when 'mint' then 1.2 when 'near_mint' then 1 when 'very_good' then 0.8
                    when 'good' then 0.6 when 'played_with' then 0.4 else 0.2 end
                * case s.pack when 'sealed' then 1.3 when 'box_damaged' then 1 else 0.85 end
                * case s.flag when 'super_treasure_hunt' then 8 when 'treasure_hunt' then 3 when 'chase' then 3
                    when 'error_variation' then 4 when 'limited_edition' then 1.5 else 1 end) as price_try,
              now() - s.rpub * interval '400 days' as published
       from s
     )
     insert into listings (seller_id, category_id, brand_id, status, title, slug, description, condition, packaging,
       attributes, price_kurus, accepts_offers, shipping_payer, shipping_fee_kurus, version, published_at,
       submitted_at, created_at, updated_at)
     select t.seller_id, t.category_id, t.brand_id, 'active', t.title,
       left(trim(both '-' from regexp_replace(search_fold(t.title), '[^a-z0-9]+', '-', 'g')), 80),
       concat_ws(' ', concat_ws(' ', t.brand, t.model) || ',', t.serie || ' serisinden,', t.year || ' üretimi.',
         case t.cond when 'mint' then 'Hiç kullanılmadı, kusursuz.'
           when 'near_mint' then 'Neredeyse kusursuz, çok küçük izler olabilir.'
           when 'very_good' then 'Çok iyi durumda, hafif kullanım izleri var.'
           when 'good' then 'İyi durumda, boyada ufak çizikler var.'
           when 'played_with' then 'Oynanmış, belirgin kullanım izleri mevcut.'
           else 'Parça için: eksik ve kırık parçaları var.' end,
         case t.pack when 'sealed' then 'Kutusu hiç açılmadı.' when 'box_damaged' then 'Kutusunun köşeleri ezik.'
           else 'Kutusu yok.' end,
         (${remarksSql})[1 + floor(t.rrem * ${remarks.length})::int],
         (${remarksSql})[1 + (floor(t.rrem * ${remarks.length * 7})::int % ${remarks.length})]),
       t.cond, t.pack,
       jsonb_strip_nulls(jsonb_build_object('scale', t.scale, 'series', t.serie, 'model', t.model,
         'production_year', t.year, 'color', case when t.color_variants then t.variant end))
         || case when t.flag is null then '{}'::jsonb else jsonb_build_object(t.flag, true) end,
       (greatest(t.price_try, 10) * 100)::bigint,
       t.rship < 0.5,
       case when t.rship < 0.3 then 'seller' else 'buyer' end::shipping_payer,
       case when t.rship < 0.3 then 0 else 4990 end,
       1 + floor(t.rpat * 1000)::int % 3,
       t.published, t.published - interval '2 hours', t.published - interval '3 hours', t.published
     from t`,
    [count],
  );
  await client.query('alter table listings enable trigger listings_search_outbox');
  await client.query('commit');
}

/**
 * Makes `url` hold `count` active listings, indexed. Reuses a database this generator filled with the same count;
 * otherwise (or with `rebuild`) drops and recreates it. `reindex` runs the reindex on a reused database too
 * (Elasticsearch needs its own index).
 */
export async function prepareSearchDatabase({ apiDir, url, count, sellers, env, reindex, rebuild, log }) {
  const before = (await databaseExists(url)) ? await inspect(url) : null;
  const timings = {};
  const childEnv = { ...env, DATABASE_URL: url, LOG_LEVEL: 'error' };
  const reused = !rebuild && before && before.listings === count && before.documents === count;
  if (reused) {
    log(
      `Reusing ${new URL(url).pathname.slice(1)}: ${count} active listings already indexed (${before.mark})`,
    );
    let started = performance.now();
    await runNode(apiDir, ['dist/cli/migrate.js'], childEnv, { quiet: true });
    timings.migrate = performance.now() - started;
    if (reindex) {
      started = performance.now();
      log((await runNode(apiDir, ['dist/cli/search-reindex.js'], childEnv)).trim().split('\r').at(-1));
      timings.reindex = performance.now() - started;
    }
    return { reused: true, timings };
  }
  log(
    before
      ? `Rebuilding ${new URL(url).pathname.slice(1)} (found: ${before.mark ?? 'no benchmark data'}, ` +
          `${before.listings} listings)`
      : `Creating ${new URL(url).pathname.slice(1)}`,
  );
  let started = performance.now();
  await recreate(url);
  await runNode(apiDir, ['dist/cli/seed.js', '--listings=0'], childEnv, { quiet: true });
  timings.migrateAndSeed = performance.now() - started;

  await withClient(url, async (client) => {
    await client.query(
      `insert into attribute_definitions (key, type, label_tr, label_en, is_flag)
       select k, 'boolean', tr, en, true from unnest($1::text[], $2::text[], $3::text[]) as f(k, tr, en)
       on conflict (key) do nothing`,
      FLAG_DEFINITIONS.reduce(
        (columns, [key, tr, en]) => [
          [...columns[0], key],
          [...columns[1], tr],
          [...columns[2], en],
        ],
        [[], [], []],
      ),
    );
    started = performance.now();
    await insertSellers(client, sellers);
    timings.sellers = performance.now() - started;
    started = performance.now();
    await insertListings(client, count);
    timings.listings = performance.now() - started;
    started = performance.now();
    await client.query('analyze listings');
    await client.query('analyze users');
    timings.analyze = performance.now() - started;
  });
  log(
    `  migrations + reference seed ${seconds(timings.migrateAndSeed)}, ${sellers} sellers ${seconds(timings.sellers)}, ` +
      `${count} listings (one INSERT … SELECT generate_series) ${seconds(timings.listings)}`,
  );

  started = performance.now();
  const report = await runNode(apiDir, ['dist/cli/search-reindex.js'], childEnv);
  timings.reindex = performance.now() - started;
  for (const line of report.split(/[\r\n]+/).filter((l) => /indexed in/.test(l))) log(`  ${line.trim()}`);
  await withClient(url, async (client) => {
    started = performance.now();
    // The whole database, as autovacuum leaves a live one: without a visibility map the listing cards' per-seller
    // counts read the heap instead of the (seller_id, status) index alone.
    await client.query('vacuum analyze');
    timings.vacuum = performance.now() - started;
    const name = new URL(url).pathname.slice(1);
    await client.query(
      `comment on database "${name}" is '${GENERATOR}: ${count} listings, ${sellers} sellers'`,
    );
  });
  log(`  search:reindex ${seconds(timings.reindex)}, vacuum analyze ${seconds(timings.vacuum)}`);
  return { reused: false, timings };
}
