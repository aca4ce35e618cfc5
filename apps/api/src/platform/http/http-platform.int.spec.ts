import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

describe('health and metrics', () => {
  it('is live', async () => {
    const { status, body } = await api.request('/health/live');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });

  it('is ready when every configured dependency answers, naming the adapter in use', async () => {
    const { status, body } = await api.request('/health/ready');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.checks.map((c: { name: string }) => c.name)).toEqual([
      'database',
      'cache',
      'queue',
      'storage',
    ]);
    const database = body.checks.find((c: { name: string }) => c.name === 'database');
    expect(database.adapter).toBe(api.config.database.driver);
  });

  it('exposes process metrics and request durations labelled by route pattern', async () => {
    await api.request('/v1/categories/diecast-arabalar');
    const { status, body } = await api.request('/metrics');
    expect(status).toBe(200);
    expect(body).toContain('process_cpu_seconds_total');
    // Other test files add staff accounts to the shared test database: at least the seeded admin is there.
    const admins = /tarodan_users_total\{[^}]*role="admin"[^}]*\} (\d+)/.exec(body);
    expect(Number(admins?.[1])).toBeGreaterThanOrEqual(1);
    expect(body).toMatch(/tarodan_queue_jobs\{[^}]*queue="email"[^}]*state="waiting"[^}]*\} 0/);
    expect(body).toMatch(
      /http_request_duration_seconds_count\{[^}]*route="\/v1\/categories\/:idOrSlug"[^}]*status_code="200"/,
    );
  });
});

describe('errors', () => {
  it('answers an unknown route with the error shape and the request id it was given', async () => {
    const { status, body, headers } = await api.request('/v1/nope', {
      headers: { 'x-request-id': 'test-request-0001' },
    });
    expect(status).toBe(404);
    expect(body).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'No such route', requestId: 'test-request-0001' },
    });
    expect(headers.get('x-request-id')).toBe('test-request-0001');
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const { status, body } = await api.request('/v1/auth/sign-in', {
      method: 'POST',
      body: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const { status, body } = await api.request('/v1/auth/sign-in', {
      method: 'POST',
      json: { email: 'x'.repeat(2_000_000), password: 'x' },
    });
    expect(status).toBe(413);
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('docs', () => {
  it('serves the OpenAPI document with the catalog routes', async () => {
    const { status, body } = await api.request('/docs/openapi.json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/v1/categories', '/v1/categories/{idOrSlug}', '/v1/brands']),
    );
    const page = await api.request('/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain('swagger');
  });
});

describe('socket.io gateway', () => {
  it('accepts a connection at /ws and answers a ping', async () => {
    const socket = io(api.baseUrl, { path: '/ws', transports: ['websocket'], reconnection: false });
    try {
      const answer = await socket.timeout(5_000).emitWithAck('ping', 'merhaba');
      expect(answer).toMatchObject({ pong: true, echo: 'merhaba' });
    } finally {
      socket.disconnect();
    }
  });
});
