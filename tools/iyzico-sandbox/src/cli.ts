#!/usr/bin/env node
// Starts the iyzico sandbox for development: IYZICO_SANDBOX_PORT (default 4010), IYZICO_SANDBOX_HOST (default
// 127.0.0.1), keys from IYZICO_API_KEY / IYZICO_SECRET_KEY (defaults match the API's development defaults).
import { startIyzicoSandbox } from './sandbox-server.js';

const port = Number(process.env.IYZICO_SANDBOX_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`IYZICO_SANDBOX_PORT must be a port number, got "${process.env.IYZICO_SANDBOX_PORT}"`);
  process.exit(1);
}
const apiKey = process.env.IYZICO_API_KEY || 'sandbox-api-key';
const sandbox = await startIyzicoSandbox({
  port,
  host: process.env.IYZICO_SANDBOX_HOST || '127.0.0.1',
  apiKey,
  secretKey: process.env.IYZICO_SECRET_KEY || 'sandbox-secret-key',
});
console.log(`iyzico sandbox listening on ${sandbox.url} (apiKey ${apiKey})`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  sandbox.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
