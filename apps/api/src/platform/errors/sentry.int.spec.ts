import * as Sentry from '@sentry/nestjs';
import { type SentrySandbox, startSentrySandbox } from '@tarodan/sentry-sandbox';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogService } from '../../modules/catalog/catalog.service.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { initSentry } from './sentry.js';

const TCKN = '10000000146';
const IBAN = 'TR330006100519786457841326';
const EMAIL = 'ayse.yilmaz@example.com';
/** Secrets the request carries; kept away from the throw site so stack-frame source context does not quote them. */
const SECRETS = {
  path: '/v1/categories?locale=tr&token=reset-secret&signature=sig-secret',
  headers: { cookie: 'tarodan_session=cookie-secret', 'x-forwarded-for': '203.0.113.9' },
  token: 'bearer-secret',
};
const LEAKS = [
  EMAIL,
  TCKN,
  IBAN,
  'cookie-secret',
  'tarodan_session',
  'bearer-secret',
  'reset-secret',
  'sig-secret',
];

/** Sentry pointed at the local sandbox, the real API, and a catalog service that fails like a broken database. */
describe('Sentry error reporting (API)', () => {
  let sandbox: SentrySandbox;
  let api: TestApp;

  beforeAll(async () => {
    sandbox = await startSentrySandbox({ publicKey: 'tarodanpublickey', projectId: '7' });
    const enabled = initSentry({
      dsn: sandbox.dsn,
      environment: 'test',
      release: 'abc1234def',
      serverName: 'api',
    });
    expect(enabled).toBe(true);
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
    await Sentry.close(2000);
    await sandbox?.close();
  });

  beforeEach(() => {
    vi.restoreAllMocks();
    sandbox.clear();
  });

  it('reports an unexpected error once, with the release and request id, and no personal data', async () => {
    vi.spyOn(api.app.get(CatalogService), 'categoryTree').mockRejectedValue(databaseFailure());
    const response = await api.request(SECRETS.path, { headers: SECRETS.headers, token: SECRETS.token });
    expect(response.status).toBe(500);
    const requestId = response.headers.get('x-request-id');

    await Sentry.flush(5000);
    const events = await sandbox.waitForEvents(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sandbox.events()).toHaveLength(1);
    const [event] = events;
    expect(event?.exception.at(-1)).toEqual({
      type: 'Error',
      value: 'relation exploded for [email] tckn [TCKN] iban [IBAN]',
    });
    expect(event?.release).toBe('abc1234def');
    expect(event?.environment).toBe('test');
    expect(event?.serverName).toBe('api');
    expect(event?.tags).toMatchObject({ requestId, transport: 'http' });

    const payload = JSON.stringify(event?.raw);
    for (const secret of [...LEAKS, SECRETS.headers['x-forwarded-for']]) {
      expect(payload, `the event must not contain ${secret}`).not.toContain(secret);
    }
    expect(payload.toLowerCase()).not.toContain('"authorization"');
    expect(payload.toLowerCase()).not.toContain('"cookie"');
  });

  it('reports nothing for 404 and 400 answers', async () => {
    const missing = await api.request('/v1/no-such-route');
    expect(missing.status).toBe(404);
    const invalid = await api.request('/v1/categories?locale=xx');
    expect(invalid.status).toBe(400);
    const badJson = await api.request('/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(badJson.status).toBe(400);

    await Sentry.flush(5000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sandbox.events()).toEqual([]);
  });

  it('keeps a request id intact when its hex holds 11 digits in a row, like a TCKN', async () => {
    // About 1 in 235 random UUIDs ends like this one; the first test then saw the tag as `…-b[TCKN]` (flaky in CI).
    const requestId = 'fe31dd22-5de4-430d-abbb-b25832697167';
    vi.spyOn(api.app.get(CatalogService), 'categoryTree').mockRejectedValue(databaseFailure());
    const response = await api.request('/v1/categories', { headers: { 'x-request-id': requestId } });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-request-id')).toBe(requestId);

    await Sentry.flush(5000);
    const [event] = await sandbox.waitForEvents(1);
    expect(event?.tags).toMatchObject({ requestId, transport: 'http' });
    expect(event?.exception.at(-1)?.value).toBe('relation exploded for [email] tckn [TCKN] iban [IBAN]');
  });
});

// At the end of the file: stack frames carry five lines of source context, which must not quote the secrets above.
function databaseFailure(): Error {
  // Like a driver error that quotes the row it choked on.
  return new Error(`relation exploded for ${EMAIL} tckn ${TCKN} iban ${IBAN}`);
}
