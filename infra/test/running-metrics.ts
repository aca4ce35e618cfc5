import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoDir } from './files.js';
import { exposedMetricNames } from './promql.js';

const apiDir = join(repoDir, 'apps', 'api');

/** Builds the API when its dist is missing (turbo normally built it first: infra depends on @tarodan/api). */
export function ensureApiBuilt(): void {
  if (existsSync(join(apiDir, 'dist', 'main.js')) && existsSync(join(apiDir, 'dist', 'worker.js'))) return;
  const result = spawnSync('pnpm', ['--filter', '@tarodan/api...', 'build'], {
    cwd: repoDir,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error('pnpm --filter @tarodan/api build failed: the metrics check needs the built API');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 60_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the process exited (${child.exitCode}) before ${url} answered:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return await response.text();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${output()}`);
}

export interface RunningProcess {
  name: string;
  metrics: Set<string>;
  stop: () => Promise<void>;
}

/** Starts a built entry point (dist/main.js or dist/worker.js) and scrapes its /metrics once it is up. */
async function startAndScrape(
  name: string,
  entry: string,
  env: Record<string, string>,
  metricsUrl: (port: number) => string,
  warmUp: (port: number) => Promise<void> = async () => {},
): Promise<RunningProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `tarodan-infra-${name}-`));
  let output = '';
  const child = spawn(process.execPath, [join('dist', entry)], {
    cwd: apiDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      WORKER_METRICS_PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(metricsUrl(port), child, () => output);
    await warmUp(port);
    const text = await waitFor(metricsUrl(port), child, () => output);
    return { name, metrics: exposedMetricNames(text), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The API on the embedded adapters (PGlite in a temporary directory, in-memory cache and queue). */
export function startApi(): Promise<RunningProcess> {
  return startAndScrape(
    'api',
    'main.js',
    {},
    (port) => `http://127.0.0.1:${port}/metrics`,
    async (port) => {
      // A few requests so every labelled series has samples, as in production.
      for (const path of ['/health/live', '/health/ready', '/v1/categories', '/no-such-route']) {
        await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
      }
    },
  );
}

/** The worker needs PostgreSQL and Redis (it refuses to run on embedded defaults). */
export function startWorker(databaseUrl: string, redisUrl: string): Promise<RunningProcess> {
  return startAndScrape(
    'worker',
    'worker.js',
    {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: 'tarodan-infra-test',
      DB_MIGRATE_ON_START: 'false',
    },
    (port) => `http://127.0.0.1:${port}/metrics`,
  );
}
