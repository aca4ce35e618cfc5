import { describe, expect, it } from 'vitest';
import { loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('runs on embedded defaults when no service is configured', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3001);
    expect(config.database.driver).toBe('pglite');
    expect(config.redis).toBeNull();
    expect(config.storage.driver).toBe('local');
    expect(config.queue.runWorkersInApi).toBe(true);
  });

  it('uses PostgreSQL, Redis and S3 when their URLs are given', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@localhost:5432/tarodan',
      REDIS_URL: 'redis://localhost:6379',
      S3_ENDPOINT: 'http://localhost:9000',
      S3_ACCESS_KEY: 'minio',
      S3_SECRET_KEY: 'minio-secret',
    });
    expect(config.database.driver).toBe('postgres');
    expect(config.redis?.url).toBe('redis://localhost:6379');
    expect(config.storage.driver).toBe('s3');
    expect(config.queue.runWorkersInApi).toBe(false);
  });

  it('names the variable and the reason when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT: /);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres/);
    expect(() => loadConfig({ S3_ENDPOINT: 'http://minio:9000' })).toThrow(
      /S3_ACCESS_KEY: is required when S3_ENDPOINT is set/,
    );
  });

  it('takes the Sentry release from GIT_SHA and rejects a sample rate outside 0..1', () => {
    expect(loadConfig({ GIT_SHA: 'abc123' }).sentry).toEqual({
      dsn: undefined,
      environment: 'development',
      release: 'abc123',
      tracesSampleRate: 0,
    });
    expect(() => loadConfig({ SENTRY_TRACES_SAMPLE_RATE: '7' })).toThrow(/SENTRY_TRACES_SAMPLE_RATE: /);
  });

  it('refuses to start in production without the real services and secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production/);
  });
});
