import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let api: TestApp;
let storage: ObjectStorage;
beforeAll(async () => {
  api = await startTestApp(); // local-disk storage: the adapter whose URLs point at /v1/files
  storage = api.app.get(ObjectStorage);
});
afterAll(() => api.close());

describe('signed file URLs (local storage)', () => {
  it('serves a stored file through its signed URL with its content type', async () => {
    await storage.put('reports', 'monthly/2026-11.csv', Buffer.from('ay;satış\nkasım;12\n'), {
      contentType: 'text/csv',
    });
    const url = new URL(await storage.signedUrl('reports', 'monthly/2026-11.csv', { expiresInSeconds: 60 }));
    const { status, headers, body } = await api.request(`${url.pathname}${url.search}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/csv');
    expect(body).toBe('ay;satış\nkasım;12\n');
  });

  it('refuses a tampered signature with 403 and a missing one with 400', async () => {
    await storage.put('documents', 'a/contract.pdf', Buffer.from('%PDF-1.4'), {
      contentType: 'application/pdf',
    });
    const url = new URL(await storage.signedUrl('documents', 'a/contract.pdf', { expiresInSeconds: 60 }));
    const forged = new URL(url);
    forged.pathname = forged.pathname.replace('contract', 'other');
    expect((await api.request(`${forged.pathname}${forged.search}`)).status).toBe(403);
    const missing = await api.request(url.pathname);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'query.expires',
      'query.signature',
    ]);
  });

  it('answers 404 for an unknown bucket', async () => {
    const { status } = await api.request('/v1/files/secrets/x.txt?expires=1&signature=aaaaaaaaaaaaaaaaaaaa');
    expect(status).toBe(404);
  });
});
