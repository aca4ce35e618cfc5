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
const iyzicoSandboxUrl = 'http://127.0.0.1:4011';

// One data folder per run. Playwright loads this file again in each worker process: the values go through
// process.env (inherited by the workers) so specs see the same folders as the servers, e.g. the mail outbox where
// the API writes one JSON file per message (tests read verification links from it).
process.env.E2E_DATA_DIR ??= join(tmpdir(), `tarodan-e2e-${process.pid}`);
process.env.E2E_MAIL_OUTBOX_DIR ??= join(process.env.E2E_DATA_DIR, 'mail-outbox');
const dataDir = process.env.E2E_DATA_DIR;
const mailOutboxDir = process.env.E2E_MAIL_OUTBOX_DIR;

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
      // iyzico stand-in: seller onboarding registers sub-merchants here (POST /onboarding/submerchant).
      command: 'node dist/cli.js',
      cwd: '../tools/iyzico-sandbox',
      url: `${iyzicoSandboxUrl}/payment/test`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { IYZICO_SANDBOX_PORT: '4011', IYZICO_SANDBOX_HOST: '127.0.0.1' },
    },
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
        DATA_DIR: dataDir,
        MAIL_OUTBOX_DIR: mailOutboxDir,
        DB_MIGRATE_ON_START: 'true',
        DB_SEED_ON_START: 'true',
        // Mail and other jobs run inside the API here (no worker process), also on PostgreSQL + Redis in CI.
        RUN_WORKERS_IN_API: 'true',
        REDIS_KEY_PREFIX: `tarodan-e2e-${process.pid}:`,
        QUEUE_PREFIX: `tarodan-e2e-${process.pid}`,
        CORS_ORIGINS: 'http://127.0.0.1:4000,http://127.0.0.1:4002',
        PUBLIC_API_URL: apiUrl,
        PUBLIC_WEB_URL: 'http://127.0.0.1:4000',
        IYZICO_BASE_URL: iyzicoSandboxUrl,
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
      env: { API_URL: apiUrl, PUBLIC_WEB_URL: 'http://127.0.0.1:4000', NODE_ENV: 'production' },
    },
  ],
});
