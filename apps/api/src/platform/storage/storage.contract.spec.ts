import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './local-disk-storage.adapter.js';
import { InvalidObjectKeyError, UnknownBucketError } from './object-key.js';
import { S3Storage } from './s3-storage.adapter.js';
import type { Bucket, ObjectStorage } from './storage.port.js';

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
}) => S3rverInstance;
// s3rver ships no types; it is a test-only stand-in for MinIO.
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

interface HttpAnswer {
  status: number;
  body: Buffer;
  contentType: string | null;
}

interface Environment {
  storage: ObjectStorage;
  /** GETs a signed URL the way a browser would. */
  fetchSigned: (url: string) => Promise<HttpAnswer>;
  teardown: () => Promise<void>;
}

const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** What the API's `/v1/files/:bucket/*` route does with a local signed URL: verify, then serve. */
async function serveLocalSignedUrl(storage: ObjectStorage, url: string): Promise<HttpAnswer> {
  const { pathname, searchParams } = new URL(url);
  const [, v1, files, bucket = '', ...rest] = pathname.split('/');
  const key = rest.map(decodeURIComponent).join('/');
  const denied = { status: 403, body: Buffer.alloc(0), contentType: null };
  if (v1 !== 'v1' || files !== 'files') return { ...denied, status: 404 };
  const ok = storage.verifySignedUrl(
    bucket,
    key,
    searchParams.get('expires') ?? '',
    searchParams.get('signature') ?? '',
  );
  if (!ok) return denied;
  const object = await storage.get(bucket as Bucket, key);
  if (!object) return { ...denied, status: 404 };
  return { status: 200, body: object.body, contentType: object.contentType };
}

const adapters: Array<{ name: string; setup: () => Promise<Environment> }> = [
  {
    name: 'local',
    setup: async () => {
      const rootDir = await mkdtemp(join(tmpdir(), 'tarodan-storage-'));
      const storage = new LocalDiskStorage({
        rootDir,
        signingSecret: SIGNING_SECRET,
        publicBaseUrl: 'http://api.test/',
      });
      return {
        storage,
        fetchSigned: (url) => serveLocalSignedUrl(storage, url),
        teardown: () => rm(rootDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 's3',
    setup: async () => {
      const directory = await mkdtemp(join(tmpdir(), 'tarodan-s3rver-'));
      const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
      const { port } = await server.run();
      const storage = new S3Storage({
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
        bucketPrefix: 'tarodan-',
      });
      return {
        storage,
        fetchSigned: async (url) => {
          const response = await fetch(url);
          const body = Buffer.from(await response.arrayBuffer());
          return { status: response.status, body, contentType: response.headers.get('content-type') };
        },
        teardown: async () => {
          await server.close();
          await rm(directory, { recursive: true, force: true });
        },
      };
    },
  },
];

const BAD_KEYS = [
  '',
  '/etc/passwd',
  '../outside',
  'listings/../../outside',
  'listings//photo.jpg',
  'listings/',
  'listings/./photo.jpg',
  '.hidden',
  'with space.jpg',
  'ürün.jpg',
  'back\\slash',
  'line\nbreak',
  'x'.repeat(1025),
];

describe.each(adapters)('ObjectStorage contract: $name', ({ name, setup }) => {
  let env: Environment;
  let storage: ObjectStorage;
  let ns: string;

  beforeAll(async () => {
    env = await setup();
    storage = env.storage;
    await storage.ensureBuckets();
  });
  afterAll(async () => {
    await storage.close();
    await env.teardown();
  });

  const fresh = () => {
    ns = `t-${randomUUID()}`;
    return ns;
  };

  it('reports its adapter name and answers ping once its buckets exist', async () => {
    expect(storage.name).toBe(name);
    await storage.ensureBuckets();
    await expect(storage.ping()).resolves.toBeUndefined();
  });

  it('returns what was put, with its content type and cache control', async () => {
    const key = `${fresh()}/listings/42/cover.txt`;
    const body = Buffer.from('Hot Wheels 1968 Custom Camaro — İyi durumda');
    await storage.put('product-images', key, body, {
      contentType: 'text/plain; charset=utf-8',
      cacheControl: 'public, max-age=60',
    });
    const object = await storage.get('product-images', key);
    expect(object).toEqual({
      body,
      size: body.length,
      contentType: 'text/plain; charset=utf-8',
      cacheControl: 'public, max-age=60',
    });
  });

  it('keeps binary data byte for byte', async () => {
    const key = `${fresh()}/blob.bin`;
    const body = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(100_000)]);
    await storage.put('documents', key, body, { contentType: 'application/octet-stream' });
    const object = await storage.get('documents', key);
    expect(object?.size).toBe(body.length);
    expect(object?.body.equals(body)).toBe(true);
  });

  it('accepts a stream as the body, large enough to need a multipart upload', async () => {
    const key = `${fresh()}/backup.dump`;
    const chunks = Array.from({ length: 6 }, () => randomBytes(1024 * 1024));
    await storage.put('backups', key, Readable.from(chunks), { contentType: 'application/octet-stream' });
    const object = await storage.get('backups', key);
    expect(object?.body.equals(Buffer.concat(chunks))).toBe(true);
  });

  it('replaces an object that is put again', async () => {
    const key = `${fresh()}/avatar.webp`;
    await storage.put('avatars', key, Buffer.from('old'), { contentType: 'image/png' });
    await storage.put('avatars', key, Buffer.from('new'), { contentType: 'image/webp' });
    expect(await storage.get('avatars', key)).toMatchObject({
      body: Buffer.from('new'),
      contentType: 'image/webp',
    });
  });

  it('answers null and false for an object that does not exist', async () => {
    const key = `${fresh()}/nothing.jpg`;
    expect(await storage.get('product-images', key)).toBeNull();
    expect(await storage.exists('product-images', key)).toBe(false);
    await storage.put('product-images', key, Buffer.from('x'), { contentType: 'image/jpeg' });
    expect(await storage.exists('product-images', key)).toBe(true);
  });

  it('deletes an object, and deleting a missing one is harmless', async () => {
    const key = `${fresh()}/report.csv`;
    await storage.put('reports', key, Buffer.from('a,b'), { contentType: 'text/csv' });
    await storage.delete('reports', key);
    await storage.delete('reports', `${ns}/never-written.csv`);
    expect(await storage.exists('reports', key)).toBe(false);
    expect(await storage.list('reports', `${ns}/`)).toEqual([]);
  });

  it('lists the objects under a prefix, sorted by key, with their sizes', async () => {
    fresh();
    const keys = [
      `${ns}/listings/1/b.jpg`,
      `${ns}/listings/1/a.jpg`,
      `${ns}/listings/10/c.jpg`,
      `${ns}/other/d.jpg`,
    ];
    for (const [i, key] of keys.entries()) {
      await storage.put('product-images', key, Buffer.alloc(i + 1), { contentType: 'image/jpeg' });
    }
    const folder = await storage.list('product-images', `${ns}/listings/1/`);
    expect(folder.map((o) => [o.key, o.size])).toEqual([
      [`${ns}/listings/1/a.jpg`, 2],
      [`${ns}/listings/1/b.jpg`, 1],
    ]);
    expect(folder[0]?.lastModified).toBeInstanceOf(Date);
    const partial = await storage.list('product-images', `${ns}/listings/1`);
    expect(partial.map((o) => o.key)).toEqual([
      `${ns}/listings/1/a.jpg`,
      `${ns}/listings/1/b.jpg`,
      `${ns}/listings/10/c.jpg`,
    ]);
    expect(await storage.list('product-images', `${ns}/missing/`)).toEqual([]);
  });

  it('keeps buckets apart', async () => {
    const key = `${fresh()}/id-card.pdf`;
    await storage.put('documents', key, Buffer.from('%PDF'), { contentType: 'application/pdf' });
    expect(await storage.get('avatars', key)).toBeNull();
    expect(await storage.list('avatars', `${ns}/`)).toEqual([]);
  });

  it('rejects bad keys and unknown buckets before touching the store', async () => {
    for (const key of BAD_KEYS) {
      const attempts = [
        storage.put('documents', key, Buffer.from('x'), { contentType: 'text/plain' }),
        storage.get('documents', key),
        storage.exists('documents', key),
        storage.delete('documents', key),
        storage.signedUrl('documents', key, { expiresInSeconds: 60 }),
      ];
      for (const attempt of attempts)
        await expect(attempt, JSON.stringify(key)).rejects.toBeInstanceOf(InvalidObjectKeyError);
    }
    await expect(storage.list('documents', '../')).rejects.toBeInstanceOf(InvalidObjectKeyError);
    await expect(storage.get('secrets' as Bucket, 'a.txt')).rejects.toBeInstanceOf(UnknownBucketError);
  });

  it('rejects a put without a content type', async () => {
    const put = storage.put('documents', `${fresh()}/a.txt`, Buffer.from('x'), { contentType: '' });
    await expect(put).rejects.toThrow(/contentType/);
  });

  it('serves an object over HTTP through its signed URL', async () => {
    const key = `${fresh()}/listings/7/size=large/photo_1.jpg`;
    const body = randomBytes(2048);
    await storage.put('product-images', key, body, { contentType: 'image/jpeg' });
    const url = await storage.signedUrl('product-images', key, { expiresInSeconds: 60 });
    const answer = await env.fetchSigned(url);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('image/jpeg');
    expect(answer.body.equals(body)).toBe(true);
  });

  it('stops serving a signed URL once it has expired', async () => {
    const key = `${fresh()}/short-lived.txt`;
    await storage.put('documents', key, Buffer.from('secret'), { contentType: 'text/plain' });
    const url = await storage.signedUrl('documents', key, { expiresInSeconds: 1 });
    await sleep(2_100);
    expect((await env.fetchSigned(url)).status).toBe(403);
  });
});

describe('LocalDiskStorage signed URLs', () => {
  let rootDir: string;
  let storage: LocalDiskStorage;

  beforeAll(async () => {
    rootDir = await mkdtemp(join(tmpdir(), 'tarodan-storage-'));
    storage = new LocalDiskStorage({
      rootDir,
      signingSecret: SIGNING_SECRET,
      publicBaseUrl: 'http://localhost:3001',
    });
    await storage.ensureBuckets();
  });
  afterAll(() => rm(rootDir, { recursive: true, force: true }));

  const parts = async (key: string) => {
    const url = new URL(await storage.signedUrl('documents', key, { expiresInSeconds: 300 }));
    return { url, expires: url.searchParams.get('expires')!, signature: url.searchParams.get('signature')! };
  };

  it('points at the API files route with an expiry and a signature', async () => {
    const { url, expires } = await parts('invoices/2024/inv-1.pdf');
    expect(`${url.origin}${url.pathname}`).toBe(
      'http://localhost:3001/v1/files/documents/invoices/2024/inv-1.pdf',
    );
    expect(Number(expires)).toBeGreaterThan(Date.now() / 1000);
  });

  it('accepts its own signature and rejects a tampered key, bucket, expiry or signature', async () => {
    const { expires, signature } = await parts('invoices/inv-1.pdf');
    expect(storage.verifySignedUrl('documents', 'invoices/inv-1.pdf', expires, signature)).toBe(true);
    expect(storage.verifySignedUrl('documents', 'invoices/inv-2.pdf', expires, signature)).toBe(false);
    expect(storage.verifySignedUrl('reports', 'invoices/inv-1.pdf', expires, signature)).toBe(false);
    expect(
      storage.verifySignedUrl('documents', 'invoices/inv-1.pdf', String(Number(expires) + 3600), signature),
    ).toBe(false);
    expect(
      storage.verifySignedUrl('documents', 'invoices/inv-1.pdf', expires, `${signature.slice(0, -1)}A`),
    ).toBe(false);
    expect(storage.verifySignedUrl('documents', 'invoices/inv-1.pdf', expires, '')).toBe(false);
  });

  it('rejects a signature made with another secret or for a bad key, without throwing', async () => {
    const other = new LocalDiskStorage({
      rootDir,
      signingSecret: `${SIGNING_SECRET}-other`,
      publicBaseUrl: 'http://localhost:3001',
    });
    const url = new URL(await other.signedUrl('documents', 'a.pdf', { expiresInSeconds: 60 }));
    const [expires, signature] = [url.searchParams.get('expires')!, url.searchParams.get('signature')!];
    expect(storage.verifySignedUrl('documents', 'a.pdf', expires, signature)).toBe(false);
    expect(storage.verifySignedUrl('documents', '../a.pdf', expires, signature)).toBe(false);
    expect(storage.verifySignedUrl('nope', 'a.pdf', expires, signature)).toBe(false);
    expect(storage.verifySignedUrl('documents', 'a.pdf', 'soon', signature)).toBe(false);
  });

  it('leaves no temp or stray files behind after writes', async () => {
    await storage.put('avatars', 'u1/a.webp', Buffer.from('1'), { contentType: 'image/webp' });
    await storage.put('avatars', 'u1/a.webp', Readable.from([Buffer.from('2')]), {
      contentType: 'image/webp',
    });
    expect((await readdir(join(rootDir, 'avatars', 'u1'))).sort()).toEqual(['.a.webp.meta.json', 'a.webp']);
  });
});

describe('S3Storage', () => {
  it('rejects ping when the S3 endpoint is unreachable', async () => {
    const storage = new S3Storage({
      endpoint: 'http://127.0.0.1:1',
      region: 'us-east-1',
      accessKeyId: 'x',
      secretAccessKey: 'y',
      pingTimeoutMs: 1_000,
    });
    try {
      await expect(storage.ping()).rejects.toThrow(/unreachable/);
    } finally {
      await storage.close();
    }
  });
});
