// `pnpm dev`: the whole marketplace on embedded defaults (PGlite, in-memory cache and queue, local disk storage).
// API with its in-process workers on :3001, web on :3000, admin on :3002. Migrations and seed run on first start.
import { join } from 'node:path';
import { ensureInstalled, pnpm, pnpmCommand, root, startService, waitForUrl } from './lib.mjs';

ensureInstalled();
process.env.NEXT_TELEMETRY_DISABLED = '1';
if (
  pnpm([
    'turbo',
    'run',
    'build',
    '--filter=@tarodan/contracts',
    '--filter=@tarodan/api',
    '--filter=@tarodan/iyzico-sandbox',
    '--output-logs=errors-only',
  ]) !== 0
)
  process.exit(1);

const dataDir = join(root, '.data');
const apiUrl = 'http://127.0.0.1:3001';
const iyzicoUrl = 'http://127.0.0.1:4010';
const children = [
  // Payments default to the local iyzico-compatible sandbox (seller onboarding works offline).
  startService('iyzico', [process.execPath, 'dist/cli.js'], {
    cwd: join(root, 'tools/iyzico-sandbox'),
    env: { IYZICO_SANDBOX_PORT: '4010' },
    color: 36,
  }),
  startService('api', [process.execPath, '--enable-source-maps', 'dist/main.js'], {
    cwd: join(root, 'apps/api'),
    env: {
      DATA_DIR: dataDir,
      NODE_ENV: 'development',
      PORT: '3001',
      IYZICO_BASE_URL: iyzicoUrl,
      // A first start lists demo toys in the background (a few minutes of image processing); later starts add none.
      DB_SEED_LISTINGS_ON_START: process.env.DB_SEED_LISTINGS_ON_START ?? '120',
    },
    color: 35,
  }),
  startService('web', [...pnpmCommand(), 'exec', 'next', 'dev', '-p', '3000'], {
    cwd: join(root, 'apps/web'),
    env: { API_URL: apiUrl },
    color: 32,
  }),
  startService('admin', [...pnpmCommand(), 'exec', 'next', 'dev', '-p', '3002'], {
    cwd: join(root, 'apps/admin'),
    env: { API_URL: apiUrl },
    color: 33,
  }),
];

let stopping = false;
const stop = (code = 0) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children)
  child.on('exit', (code) => {
    if (stopping) return;
    console.error('A service stopped; shutting down.');
    stop(code ?? 1);
  });

const ready = await Promise.all([
  waitForUrl(`${apiUrl}/health/ready`, 120_000),
  waitForUrl('http://127.0.0.1:3000/', 180_000),
  waitForUrl('http://127.0.0.1:3002/sign-in', 180_000),
]);
if (!stopping) {
  console.log(`
  TARODAN is running${ready.every(Boolean) ? '' : ' (some services are still starting)'}:
    Web        http://localhost:3000
    Admin      http://localhost:3002   (admin@tarodan.test / Tarodan-Admin-2026!)
    API        http://localhost:3001/v1   docs http://localhost:3001/docs   GraphQL http://localhost:3001/graphql
    Mail       ${join(dataDir, 'mail-outbox')}   (verification and reset links land here as JSON files)
    iyzico     ${iyzicoUrl}   (local sandbox: sub-merchants registered by "Satışa başla")
    Data       ${dataDir}
  Ctrl+C stops everything.
`);
}
