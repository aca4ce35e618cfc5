// The search endpoint over 250,000 active listings, and the time from a listing commit until search finds it.
// Run with `pnpm --filter @tarodan/api bench:search [-- --connections=20 --duration=15 --warmup=5 --listings=250000
// --sellers=4000 --fresh-runs=20 --writes=5 --rebuild]`. It builds the API first, then:
//   1. fills its own PostgreSQL database (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/
//      tarodan_bench_search; only a database whose name contains "bench" is ever dropped) with search-load.mjs, or
//      reuses it when this generator already filled it with the same count (--rebuild forces a new one);
//   2. starts the compiled API (dist/main.js) with the search job in the same process (BullMQ on REDIS_URL, default
//      redis://127.0.0.1:6379/0, under a queue prefix of its own, removed at the end), and loads GET /v1/search with
//      autocannon: every request asks for 5 facets and applies filters, rotating among the queries below. Three
//      times: with the search cache off (every request computed), with it on while the index is steady, and with it
//      on while listings are edited `--writes` times a second (each drain starts a new cache generation);
//   3. edits listings by SQL (title + version, as the listings code does; the outbox trigger records it) and polls
//      the search until the new word is found.
// The same again on Elasticsearch when ELASTICSEARCH_URL is set (search:reindex fills its index first). Prints
// figures and the goals of issue 5 with PASS/MISS; nothing here asserts or fails on a miss.
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import pg from 'pg';
import { apiDir, freePort, parseArgs, printTable, startServer, stop } from './bench-process.mjs';
import { prepareSearchDatabase } from './search-load.mjs';

const args = parseArgs();
const CONNECTIONS = Number(args.connections ?? 20);
const DURATION = Number(args.duration ?? 15);
const WARMUP = Number(args.warmup ?? 5);
const LISTINGS = Number(args.listings ?? 250_000);
const SELLERS = Number(args.sellers ?? 4000);
const FRESH_RUNS = Number(args['fresh-runs'] ?? 20);
const WRITES_PER_SECOND = Number(args.writes ?? 5);
const POLL_MS = 20;
const GOAL_P95_MS = 50;
const GOAL_SEARCHABLE_MS = 2000;
const databaseUrl =
  process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/tarodan_bench_search';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379/0';
const elasticsearchUrl = process.env.ELASTICSEARCH_URL || undefined;

const FACETS = 'facets=category,brand,scale,condition,flag';
/** What buyers type and tick: each asks for the same 5 facets and applies 2–5 filters. */
const QUERIES = [
  'q=hot+wheels&category=diecast-arabalar&scale=1:64&condition=mint,near_mint&priceMin=5000&priceMax=50000',
  'q=camaro&category=diecast-arabalar&condition=mint,near_mint,very_good&priceMax=200000',
  'q=skyline+gt-r&brand=hot-wheels,mini-gt,tomica&scale=1:64&packaging=sealed',
  'q=star+wars&category=aksiyon-figurleri&packaging=sealed,box_damaged&priceMin=50000',
  'q=lego&category=lego-ve-yapi-setleri&condition=mint,near_mint&priceMax=1000000',
  'q=sth&category=diecast-arabalar&flag=super_treasure_hunt,treasure_hunt',
  'q=sahin&priceMax=500000&condition=mint,near_mint,very_good',
  'q=pokemon+charizard&category=koleksiyon-kartlari&condition=mint,near_mint&priceMin=100000',
  'category=diecast-arabalar&brand=hot-wheels&scale=1:64&condition=mint&priceMin=10000&priceMax=100000&sort=price_asc',
  'q=camro&category=diecast-arabalar&priceMax=300000',
].map((query) => `/v1/search?${query}&${FACETS}`);

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nearest-rank percentile of a list of numbers. */
function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const verdict = (value, goal) => (value <= goal ? 'PASS' : 'MISS');

/** Starts the compiled API and resolves once it is live. */
async function startApi(env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { child, output } = await startServer(
    'the API',
    ['dist/main.js'],
    { ...env, PORT: String(port), HOST: '127.0.0.1' },
    `${base}/health/live`,
    180_000,
  );
  return { child, base, output };
}

/** Each query alone, one request at a time: hits, and the median of 5 timings (shows which query is slow). */
async function perQuery(base) {
  const rows = [];
  for (const path of QUERIES) {
    const times = [];
    let body;
    for (let i = 0; i < 6; i += 1) {
      const started = performance.now();
      const response = await fetch(`${base}${path}`);
      body = await response.json();
      if (response.status !== 200)
        throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(body)}`);
      if (i > 0) times.push(performance.now() - started);
    }
    const facets = Object.values(body.facets).filter((buckets) => buckets.length > 0).length;
    rows.push([
      path.replace('/v1/search?', '').replace(`&${FACETS}`, ''),
      body.total,
      `${facets}/5`,
      body.didYouMean ?? '',
      percentile(times, 50).toFixed(1),
    ]);
  }
  printTable(['query (+ 5 facets)', 'hits', 'facets', 'did you mean', 'ms alone'], rows);
}

/** autocannon over the rotating queries; latencies from every response, so p95 is exact (autocannon has no p95). */
async function load(base, duration) {
  let next = 0;
  const latencies = [];
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    pipelining: 1,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = QUERIES[next % QUERIES.length];
          next += 1;
          return { ...request, path };
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return {
    rps: result.requests.total / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

function uniqueWord() {
  const letters = 'bcdfghjklmnprstvz';
  return `qz${[...randomBytes(8)].map((b) => letters[b % letters.length]).join('')}`;
}

/** Edits a listing's title to a word nobody uses, then polls the search every 20 ms until it finds that listing. */
async function commitToSearchable(base, runs) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const times = [];
  try {
    const { rows } = await client.query(
      `select id from listings where status = 'active' order by random() limit $1`,
      [runs],
    );
    for (const { id } of rows) {
      // Out of step with the job's 1 s ticks, so the runs sample the whole cycle.
      await sleep(Math.random() * 1000);
      const word = uniqueWord();
      await client.query(
        `update listings set title = title || ' ' || $2, version = version + 1, updated_at = now() where id = $1`,
        [id, word],
      );
      const committed = performance.now();
      for (;;) {
        const response = await fetch(`${base}/v1/search?q=${word}&facets=category&limit=1`);
        const body = await response.json();
        if (body.items?.[0]?.id === id) {
          times.push(performance.now() - committed);
          break;
        }
        if (performance.now() - committed > 30_000) {
          times.push(Number.POSITIVE_INFINITY);
          break;
        }
        await sleep(POLL_MS);
      }
    }
  } finally {
    await client.end();
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    runs: times.length,
  };
}

/** Deletes the Redis keys of this run's queue prefix. */
async function dropQueueKeys(prefix) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = nextCursor;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function fallbackActive(base) {
  const text = await fetch(`${base}/metrics`)
    .then((response) => response.text())
    .catch(() => '');
  const match = /^tarodan_search_fallback_active (\d+)/m.exec(text);
  return match ? match[1] === '1' : null;
}

/** Cache off (every request computed), cache on with a steady index, cache on while listings keep changing. */
const SCENARIOS = [
  { name: 'off', cacheTtl: '0', writesPerSecond: 0 },
  { name: 'on, steady index', cacheTtl: '60', writesPerSecond: 0 },
  { name: `on, ${WRITES_PER_SECOND} edits/s`, cacheTtl: '60', writesPerSecond: WRITES_PER_SECOND },
];

/** Edits random active listings (a new version, as the listings code does) until the returned stop is called. */
async function keepEditing(perSecond) {
  if (perSecond <= 0) return async () => 0;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `select id from listings where status = 'active' order by random() limit 2000`,
  );
  let running = true;
  let edits = 0;
  const loop = (async () => {
    while (running) {
      const { id } = rows[edits % rows.length];
      await client.query(`update listings set version = version + 1, updated_at = now() where id = $1`, [id]);
      edits += 1;
      await sleep(1000 / perSecond);
    }
  })();
  return async () => {
    running = false;
    await loop;
    await client.end();
    return edits;
  };
}

/** Search answers served from the cache and computed so far, from the API's /metrics. */
async function cacheCounts(base) {
  const text = await fetch(`${base}/metrics`)
    .then((response) => response.text())
    .catch(() => '');
  const count = (result) =>
    text
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('tarodan_search_cache_requests_total{') &&
          line.includes('kind="page"') &&
          line.includes(`result="${result}"`),
      )
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
  return { hits: count('hit'), misses: count('miss') };
}

async function measureScenario(engine, scenario, baseEnv) {
  const prefix = `bench-search-${process.pid}-${engine}`;
  const env = {
    ...baseEnv,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    RUN_WORKERS_IN_API: 'true',
    DB_SEED_ON_START: 'false',
    SEARCH_CACHE_TTL_SECONDS: scenario.cacheTtl,
  };
  if (engine === 'elasticsearch') env.ELASTICSEARCH_URL = elasticsearchUrl;
  else delete env.ELASTICSEARCH_URL;
  const api = await startApi(env);
  try {
    console.log(`\n── ${engine}, search cache ${scenario.name} ──`);
    if (scenario.cacheTtl === '0') await perQuery(api.base);
    if (WARMUP > 0) await load(api.base, WARMUP);
    const before = await cacheCounts(api.base);
    const stopEditing = await keepEditing(scenario.writesPerSecond);
    const result = await load(api.base, DURATION);
    const edits = await stopEditing();
    const after = await cacheCounts(api.base);
    const hits = after.hits - before.hits;
    const lookups = hits + after.misses - before.misses;
    const fresh = scenario.writesPerSecond > 0 ? await commitToSearchable(api.base, FRESH_RUNS) : null;
    const fellBack = engine === 'elasticsearch' ? await fallbackActive(api.base) : false;
    if (fellBack) console.log('warning: the circuit breaker fell back to PostgreSQL during this run');
    if (edits > 0) console.log(`${edits} listings edited during the load`);
    return {
      engine,
      scenario: scenario.name,
      ...result,
      hitRatio: lookups > 0 ? hits / lookups : null,
      fresh,
    };
  } finally {
    await stop(api.child);
    await dropQueueKeys(prefix).catch((error) =>
      console.error(`could not clear Redis keys: ${error.message}`),
    );
  }
}

async function measureEngine(engine, baseEnv) {
  const runs = [];
  for (const scenario of SCENARIOS) runs.push(await measureScenario(engine, scenario, baseEnv));
  return runs;
}

const started = performance.now();
const baseEnv = {
  ...process.env,
  NODE_ENV: 'development',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  LOG_PRETTY: 'false',
};
delete baseEnv.DATABASE_URL;
console.log(`Search benchmark: ${LISTINGS} active listings in ${new URL(databaseUrl).pathname.slice(1)}`);
const prepared = await prepareSearchDatabase({
  apiDir,
  url: databaseUrl,
  count: LISTINGS,
  sellers: SELLERS,
  env: baseEnv,
  reindex: Boolean(elasticsearchUrl),
  rebuild: args.rebuild === 'true',
  log: (line) => console.log(line),
});
const { rows: versionRows } = await (async () => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query(`select current_setting('server_version') as version`);
  } finally {
    await client.end();
  }
})();
console.log(
  prepared.reused
    ? 'Index: reused (built by search:reindex when the database was filled)'
    : 'Index: built by search:reindex (the production path; the outbox trigger was off during the bulk INSERT)',
);
console.log(
  `\n${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s, ${QUERIES.length} queries in rotation, ` +
    `each with ${FACETS}`,
);
console.log(
  `node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}, PostgreSQL ` +
    `${versionRows[0].version}, API pool ${process.env.DATABASE_POOL_SIZE ?? 10}, queue BullMQ (${redisUrl})`,
);
console.log(
  `load average before the runs: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (the machine is shared)`,
);

const engines = ['postgres', ...(elasticsearchUrl ? ['elasticsearch'] : [])];
const results = [];
for (const engine of engines) results.push(...(await measureEngine(engine, baseEnv)));
if (!elasticsearchUrl) console.log('\n(elasticsearch: not measured, ELASTICSEARCH_URL is not set)');

console.log('\nGET /v1/search under load');
printTable(
  [
    'engine',
    'search cache',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'requests',
    'non-2xx/errors',
    'cache hits',
    `p95 ≤ ${GOAL_P95_MS} ms`,
  ],
  results.map((r) => [
    r.engine,
    r.scenario,
    r.rps.toFixed(1),
    r.p50.toFixed(0),
    r.p95.toFixed(0),
    r.p99.toFixed(0),
    r.max.toFixed(0),
    r.requests,
    r.failures,
    r.hitRatio === null ? '' : `${(r.hitRatio * 100).toFixed(0)} %`,
    verdict(r.p95, GOAL_P95_MS),
  ]),
);
console.log(
  `\nCommit → searchable (${FRESH_RUNS} SQL edits, search polled every ${POLL_MS} ms, cache on, ` +
    `after the ${WRITES_PER_SECOND} edits/s run)`,
);
printTable(
  ['engine', 'p50 ms', 'p95 ms', 'max ms', `max ≤ ${GOAL_SEARCHABLE_MS} ms`],
  results
    .filter((r) => r.fresh)
    .map((r) => [
      r.engine,
      r.fresh.p50.toFixed(0),
      r.fresh.p95.toFixed(0),
      r.fresh.max.toFixed(0),
      verdict(r.fresh.max, GOAL_SEARCHABLE_MS),
    ]),
);
console.log(`\n(whole run, data preparation included: ${seconds(performance.now() - started)})`);
