import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testServices } from './test/services.js';

const dist = (entry: string) => fileURLToPath(new URL(`../dist/${entry}`, import.meta.url));

/** Runs a built entry point with the given environment until it exits or `until` is printed. */
function runEntry(
  entry: string,
  env: Record<string, string>,
  until?: RegExp,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [dist(entry)], {
      env: { PATH: process.env.PATH ?? '', LOG_PRETTY: 'false', ...env },
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

describe('process entry points', () => {
  it('refuses to start the API on a bad variable and names it', async () => {
    const { code, output } = await runEntry('main.js', {
      PORT: 'üç bin bir',
      DATABASE_URL: 'mysql://db/tarodan',
    });
    expect(code).toBe(1);
    expect(output).toContain('Invalid environment configuration');
    expect(output).toMatch(/PORT: /);
    expect(output).toContain('DATABASE_URL: must start with postgres:// or postgresql://');
  });

  it('refuses to run the worker as its own process on embedded defaults', async () => {
    const { code, output } = await runEntry('worker.js', {});
    expect(code).toBe(1);
    expect(output).toContain('the worker runs as its own process only on PostgreSQL and Redis');
  });

  it('starts the worker on PostgreSQL and Redis and stops cleanly on SIGTERM', async () => {
    const databaseUrl = testServices.databaseUrl();
    const redisUrl = testServices.redisUrl();
    if (!databaseUrl || !redisUrl) {
      // Without both services there is no separate worker process to start: the embedded API runs the processors.
      expect(databaseUrl && redisUrl).toBeFalsy();
      return;
    }
    const { signal, output } = await runEntry(
      'worker.js',
      {
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: 'tarodan-worker-test',
        WORKER_METRICS_PORT: '0',
      },
      /Worker metrics on/,
    );
    expect(output).toContain('Processing queues with the bullmq adapter');
    // Nest closes the queue, cache and database on SIGTERM, then re-raises the signal: a clean exit by SIGTERM.
    expect(signal).toBe('SIGTERM');
    expect(output).not.toMatch(/"level":50|Error/);
  });
});
