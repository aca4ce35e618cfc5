// The public listing page (`GET /v1/listings?category=<top category>&limit=48`: 48 cards with cover, brand and
// badges) against a bare Fastify hello-world, same connections and duration, one after the other in one run.
// Run with `pnpm --filter @tarodan/api bench:api [-- --connections=10 --duration=10 --warmup=3 --listings=300]`.
// It builds the API first and starts the compiled server (dist/main.js) as its own process. Data: PostgreSQL when
// DATABASE_URL is set, else embedded PGlite in a directory kept between runs (--data-dir, default
// $TMPDIR/tarodan-bench-api); both are filled by the development seed (`dist/cli/seed.js --listings=N`, idempotent:
// a second run adds nothing). Prints figures only; nothing here asserts them.
import { spawn } from 'node:child_process';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { categorySeeds } from '../dist/seed/categories.seed-data.js';
import { apiDir, freePort, parseArgs, printTable, startServer, stop } from './bench-process.mjs';

const args = parseArgs();
const CONNECTIONS = Number(args.connections ?? 10);
const DURATION = Number(args.duration ?? 10);
const WARMUP = Number(args.warmup ?? 3);
const LISTINGS = Number(args.listings ?? 300);
const DATA_DIR = args['data-dir'] ?? join(tmpdir(), 'tarodan-bench-api');
const databaseUrl = process.env.DATABASE_URL || undefined;

function run(command, commandArgs, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: apiDir, env, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

function cannon(url, duration) {
  return autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1 });
}

async function measure(name, url) {
  if (WARMUP > 0) await cannon(url, WARMUP);
  const result = await cannon(url, DURATION);
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    kibPerRequest: result.requests.total ? result.throughput.total / result.requests.total / 1024 : 0,
  };
}

/** The top-level category with the most active listings: the fullest page to render. */
async function busiestTopCategory(baseUrl) {
  let best = { slug: categorySeeds[0].slug, total: -1 };
  for (const { slug } of categorySeeds) {
    const response = await fetch(`${baseUrl}/v1/listings?category=${slug}&limit=1`);
    const { total } = await response.json();
    if (total > best.total) best = { slug, total };
  }
  return best;
}

const started = performance.now();
const baseEnv = {
  ...process.env,
  NODE_ENV: 'development',
  LOG_LEVEL: 'error',
  ...(databaseUrl ? {} : { DATA_DIR }),
};
console.log(
  `Seeding ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${DATA_DIR}`} with up to ${LISTINGS} listings…`,
);
await run(process.execPath, ['dist/cli/seed.js', `--listings=${LISTINGS}`], baseEnv);

const apiPort = await freePort();
const helloPort = await freePort();
// Only the request path is measured: no job processors in the API (the seed has already processed its jobs).
const apiEnv = {
  ...baseEnv,
  PORT: String(apiPort),
  HOST: '127.0.0.1',
  DB_SEED_ON_START: 'false',
  RUN_WORKERS_IN_API: 'false',
};
let api;
let hello;
try {
  api = (await startServer('API', ['dist/main.js'], apiEnv, `http://127.0.0.1:${apiPort}/health/live`)).child;
  hello = (
    await startServer(
      'hello-world',
      ['bench/hello-server.mjs', String(helloPort)],
      process.env,
      `http://127.0.0.1:${helloPort}/`,
    )
  ).child;
  const apiBase = `http://127.0.0.1:${apiPort}`;
  const category = await busiestTopCategory(apiBase);
  const listingsUrl = `${apiBase}/v1/listings?category=${category.slug}&limit=48`;
  const probe = await fetch(listingsUrl);
  const page = await probe.json();
  if (probe.status !== 200)
    throw new Error(`GET ${listingsUrl} answered ${probe.status}: ${JSON.stringify(page)}`);

  console.log(
    `\nAPI benchmark: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per target, one target at a time`,
  );
  console.log(
    `node ${process.version}, ${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}, database ${databaseUrl ? 'PostgreSQL' : 'PGlite (embedded)'}`,
  );
  console.log(
    `listings page: /v1/listings?category=${category.slug}&limit=48 → ${page.items.length} cards of ${page.total} active\n`,
  );

  const results = [
    await measure(`GET /v1/listings?category=${category.slug}&limit=48`, listingsUrl),
    await measure('fastify hello-world (GET /)', `http://127.0.0.1:${helloPort}/`),
  ];
  const rows = results.map((r) => [
    r.name,
    r.rps.toFixed(0),
    `${r.p50}`,
    `${r.p99}`,
    String(r.requests),
    String(r.non2xx + r.errors),
    r.kibPerRequest.toFixed(1),
  ]);
  const header = ['target', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx/errors', 'KiB/resp'];
  printTable(header, rows);
  const [listings, baseline] = results;
  console.log(
    `\nratio: the listings page serves ${((listings.rps / baseline.rps) * 100).toFixed(1)}% of hello-world's req/s ` +
      `(${(baseline.rps / listings.rps).toFixed(1)}× fewer); p99 ${(listings.p99 / Math.max(1, baseline.p99)).toFixed(1)}× hello-world's`,
  );
} finally {
  await Promise.all([stop(api), stop(hello)]);
}
console.log(`(whole run, seeding included: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
