import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory.js';
import { prepareDatabase } from '../bootstrap.js';
import { type AppConfig, loadConfig } from '../config/app-config.js';
import { CacheStore } from '../platform/cache/cache.port.js';
import { startProcessors } from '../worker.processors.js';
import { testServices } from './services.js';

export type TestApp = {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  /** fetch against the running server, JSON in and out. */
  request: (
    path: string,
    init?: RequestInit & { json?: unknown; token?: string },
  ) => Promise<{ status: number; headers: Headers; body: any }>;
  close: () => Promise<void>;
};

/**
 * Boots the real API on a random port: PostgreSQL and Redis when DATABASE_URL / REDIS_URL are set (always in CI),
 * in-memory PGlite and memory cache otherwise. Each run gets its own Redis key prefix, removed at the end.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const runId = randomUUID().slice(0, 8);
  const databaseUrl = testServices.databaseUrl();
  const redisUrl = testServices.redisUrl();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: `/tmp/tarodan-test-${runId}`,
    DB_MIGRATE_ON_START: 'true',
    DB_SEED_ON_START: 'true',
    REDIS_KEY_PREFIX: `tarodan-test-${runId}:`,
    QUEUE_PREFIX: `tarodan-test-${runId}`,
    // Jobs (e-mails, exports) run inside the test process so tests can wait for their effects.
    RUN_WORKERS_IN_API: 'true',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...env,
  });
  const app = await createApp(config);
  await prepareDatabase(app, config);
  if (config.queue.runWorkersInApi) await startProcessors(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    app,
    config,
    baseUrl,
    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.json !== undefined) headers.set('content-type', 'application/json');
      if (init.token) headers.set('authorization', `Bearer ${init.token}`);
      const response = await fetch(`${baseUrl}${path}`, {
        ...init,
        headers,
        body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
      });
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('json');
      return {
        status: response.status,
        headers: response.headers,
        body: isJson && text ? JSON.parse(text) : text,
      };
    },
    async close() {
      if (config.redis) {
        const cache = app.get(CacheStore);
        await Promise.all(['session:', 'ratelimit:', 'mfa:'].map((prefix) => cache.deleteByPrefix(prefix)));
      }
      await app.close();
    },
  };
}
