import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The built apps on their own ports (so a running `pnpm dev` is not disturbed): API :4001, web :4000, admin :4002.
// PostgreSQL (E2E_DATABASE_URL) and Redis (REDIS_URL) when set, as in CI; embedded PGlite and memory otherwise.
const apiUrl = process.env.E2E_API_URL ?? 'http://127.0.0.1:4001';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const databaseEnv: Record<string, string> = process.env.E2E_DATABASE_URL
  ? { DATABASE_URL: process.env.E2E_DATABASE_URL }
  : {};
const redisEnv: Record<string, string> = process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {};

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: '../.reports/e2e.json' }]],
  use: {
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'web', testMatch: /web-.*\.spec\.ts/, use: { baseURL: 'http://127.0.0.1:4000' } },
    { name: 'admin', testMatch: /admin-.*\.spec\.ts/, use: { baseURL: 'http://127.0.0.1:4002' } },
  ],
  webServer: [
    {
      command: 'node dist/main.js',
      cwd: '../apps/api',
      url: `${apiUrl}/health/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        NODE_ENV: 'test',
        PORT: '4001',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DATA_DIR: join(tmpdir(), `tarodan-e2e-${process.pid}`),
        DB_MIGRATE_ON_START: 'true',
        DB_SEED_ON_START: 'true',
        REDIS_KEY_PREFIX: `tarodan-e2e-${process.pid}:`,
        QUEUE_PREFIX: `tarodan-e2e-${process.pid}`,
        CORS_ORIGINS: 'http://127.0.0.1:4000,http://127.0.0.1:4002',
        ...databaseEnv,
        ...redisEnv,
      },
    },
    {
      command: 'node node_modules/next/dist/bin/next start -p 4000 -H 127.0.0.1',
      cwd: '../apps/web',
      url: 'http://127.0.0.1:4000/robots.txt',
      timeout: 120_000,
      reuseExistingServer: false,
      env: { API_URL: apiUrl, PUBLIC_WEB_URL: 'http://127.0.0.1:4000', NODE_ENV: 'production' },
    },
    {
      command: 'node node_modules/next/dist/bin/next start -p 4002 -H 127.0.0.1',
      cwd: '../apps/admin',
      url: 'http://127.0.0.1:4002/sign-in',
      timeout: 120_000,
      reuseExistingServer: false,
      env: { API_URL: apiUrl, NODE_ENV: 'production' },
    },
  ],
});
