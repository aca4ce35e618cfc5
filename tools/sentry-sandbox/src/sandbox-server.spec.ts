import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseEnvelope } from './envelope.js';
import { type SentrySandbox, sentryKeyFromAuthHeader, startSentrySandbox } from './sandbox-server.js';

const PUBLIC_KEY = 'abc123publickey';
const PROJECT = '42';
const AUTH = `Sentry sentry_version=7, sentry_client=sentry.javascript.node/11.0.0, sentry_key=${PUBLIC_KEY}`;

function envelope(event: Record<string, unknown>, extraItems: string[] = []): string {
  const payload = JSON.stringify(event);
  return [
    JSON.stringify({ event_id: event.event_id, sent_at: new Date().toISOString() }),
    JSON.stringify({ type: 'event', length: Buffer.byteLength(payload) }),
    payload,
    ...extraItems,
  ].join('\n');
}

const errorEvent = {
  event_id: '9ec79c33ec9942ab8353589fcb2e04dc',
  level: 'error',
  platform: 'node',
  release: 'abc1234',
  environment: 'test',
  server_name: 'api-1',
  exception: { values: [{ type: 'Error', value: 'Boom — çğıöşü' }] },
  user: { id: 'u_1' },
  request: { method: 'GET', url: 'http://localhost/v1/x' },
  tags: { requestId: 'req-1' },
  extra: { note: 'kept' },
};

describe('sentry sandbox', () => {
  let sandbox: SentrySandbox;
  let endpoint: string;

  beforeAll(async () => {
    sandbox = await startSentrySandbox({ publicKey: PUBLIC_KEY, projectId: PROJECT });
    endpoint = `${sandbox.url}/api/${PROJECT}/envelope/`;
  });
  afterEach(() => sandbox.clear());
  afterAll(() => sandbox.close());

  it('builds a DSN the SDKs accept', () => {
    const dsn = new URL(sandbox.dsn);
    expect(dsn.username).toBe(PUBLIC_KEY);
    expect(dsn.pathname).toBe(`/${PROJECT}`);
    expect(dsn.protocol).toBe('http:');
  });

  it('accepts an envelope with the key in X-Sentry-Auth and answers with the event id', async () => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'x-sentry-auth': AUTH, 'content-type': 'application/x-sentry-envelope' },
      body: envelope(errorEvent),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: errorEvent.event_id });
    const [event] = sandbox.events();
    expect(sandbox.events()).toHaveLength(1);
    expect(event).toMatchObject({
      eventId: errorEvent.event_id,
      level: 'error',
      exception: [{ type: 'Error', value: 'Boom — çğıöşü' }],
      release: 'abc1234',
      environment: 'test',
      serverName: 'api-1',
      user: { id: 'u_1' },
      request: { method: 'GET', url: 'http://localhost/v1/x' },
      tags: { requestId: 'req-1' },
      extra: { note: 'kept' },
    });
  });

  it('decodes gzip bodies and takes the key from the query string', async () => {
    const response = await fetch(`${endpoint}?sentry_key=${PUBLIC_KEY}&sentry_version=7`, {
      method: 'POST',
      headers: { 'content-encoding': 'gzip' },
      body: gzipSync(envelope(errorEvent)),
    });
    expect(response.status).toBe(200);
    expect(sandbox.events()[0]?.exception[0]?.value).toBe('Boom — çğıöşü');
  });

  it('accepts the key from the envelope header dsn (browser tunnel style)', async () => {
    const body = envelope(errorEvent).replace(/^\{/, `{"dsn":${JSON.stringify(sandbox.dsn)},`);
    const response = await fetch(endpoint, { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(sandbox.events()).toHaveLength(1);
  });

  it('refuses a wrong or missing key, and another project', async () => {
    const wrong = await fetch(endpoint, {
      method: 'POST',
      headers: { 'x-sentry-auth': AUTH.replace(PUBLIC_KEY, 'nope') },
      body: envelope(errorEvent),
    });
    expect(wrong.status).toBe(401);
    const missing = await fetch(endpoint, { method: 'POST', body: envelope(errorEvent) });
    expect(missing.status).toBe(401);
    const otherProject = await fetch(`${sandbox.url}/api/7/envelope/`, {
      method: 'POST',
      headers: { 'x-sentry-auth': AUTH },
      body: envelope(errorEvent),
    });
    expect(otherProject.status).toBe(404);
    expect(sandbox.events()).toEqual([]);
  });

  it('answers 400 to a body that is not an envelope', async () => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'x-sentry-auth': AUTH },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    const badGzip = await fetch(endpoint, {
      method: 'POST',
      headers: { 'x-sentry-auth': AUTH, 'content-encoding': 'gzip' },
      body: 'plain',
    });
    expect(badGzip.status).toBe(400);
  });

  it('keeps non-error items as envelopes but not as events', async () => {
    const session = JSON.stringify({ sid: 's1', status: 'ok' });
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'x-sentry-auth': AUTH },
      body: [JSON.stringify({ sent_at: new Date().toISOString() }), '{"type":"session"}', session].join('\n'),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: null });
    expect(sandbox.events()).toEqual([]);
    expect(sandbox.envelopes()[0]?.items[0]?.header.type).toBe('session');
  });

  it('waits for events', async () => {
    const waiting = sandbox.waitForEvents(1, 2000);
    await fetch(endpoint, { method: 'POST', headers: { 'x-sentry-auth': AUTH }, body: envelope(errorEvent) });
    await expect(waiting).resolves.toHaveLength(1);
    await expect(sandbox.waitForEvents(2, 50)).rejects.toThrow(/expected 2 Sentry events/);
  });

  it('answers CORS preflights for browser SDKs', async () => {
    const response = await fetch(endpoint, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('parseEnvelope', () => {
  it('reads length-delimited payloads that contain newlines, and newline-delimited ones', () => {
    const binary = 'line one\nline two';
    const body = Buffer.from(
      [
        '{"event_id":"e1"}',
        `{"type":"attachment","length":${Buffer.byteLength(binary)},"filename":"a.txt"}`,
        binary,
        '{"type":"event"}',
        '{"event_id":"e1","message":"hi"}',
        '',
      ].join('\n'),
    );
    const parsed = parseEnvelope(body);
    expect(parsed.header.event_id).toBe('e1');
    expect(parsed.items.map((item) => item.header.type)).toEqual(['attachment', 'event']);
    expect(parsed.items[0]?.payload.toString()).toBe(binary);
    expect(parsed.items[1]?.json).toEqual({ event_id: 'e1', message: 'hi' });
  });

  it('rejects an item length past the end', () => {
    expect(() => parseEnvelope(Buffer.from('{}\n{"type":"event","length":99}\n{}'))).toThrow(/length/);
  });
});

describe('sentryKeyFromAuthHeader', () => {
  it('reads the key wherever it is in the header', () => {
    expect(sentryKeyFromAuthHeader(AUTH)).toBe(PUBLIC_KEY);
    expect(sentryKeyFromAuthHeader('Sentry sentry_key=k1,sentry_version=7')).toBe('k1');
    expect(sentryKeyFromAuthHeader(undefined)).toBeUndefined();
  });
});
