import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createObjectStorage } from '../../platform/storage/create-storage.js';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import { createEncryptStream } from './backup-crypto.js';
import { backupKey } from './backup-key.js';

// s3rver ships no types; it is a test-only stand-in for MinIO (as in the storage contract suite).
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
}) => { run(): Promise<{ port: number }>; close(): Promise<void> };

const adapters: {
  name: string;
  start: () => Promise<{ storage: ObjectStorage; stop: () => Promise<void> }>;
}[] = [
  {
    name: 'local disk',
    start: async () => {
      const rootDir = await mkdtemp(join(tmpdir(), 'tarodan-backup-upload-'));
      const storage = createObjectStorage({
        driver: 'local',
        rootDir,
        signingSecret: 'x'.repeat(32),
        publicBaseUrl: 'http://localhost',
      });
      return { storage, stop: () => rm(rootDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 's3',
    start: async () => {
      const directory = await mkdtemp(join(tmpdir(), 'tarodan-backup-s3rver-'));
      const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
      const { port } = await server.run();
      const storage = createObjectStorage({
        driver: 's3',
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
        bucketPrefix: 'tarodan-',
      });
      return {
        storage,
        stop: async () => {
          await storage.close();
          await server.close();
          await rm(directory, { recursive: true, force: true });
        },
      };
    },
  },
];

/**
 * The guarantee the backup service builds on: when pg_dump fails, the encrypt stream errors before its end, and
 * neither adapter commits an object. Sizes cover one S3 PutObject and a multipart upload (parts of 5 MiB).
 */
describe.each(adapters)('a failing backup stream on $name storage', ({ start }) => {
  let storage: ObjectStorage;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, stop } = await start());
    await storage.ensureBuckets();
  });
  afterAll(() => stop());

  it.each([
    ['a small dump', 64 * 1024],
    ['a dump larger than one multipart part', 12 * 1024 * 1024],
  ])('leaves no object for %s', async (_name, size) => {
    const key = backupKey(new Date(Date.UTC(2025, 0, 1, 3, 0, size % 60)));
    const failing = createEncryptStream(randomBytes(32), () =>
      Promise.reject(new Error('pg_dump exited with code 1')),
    );
    Readable.from(chunked(randomBytes(size))).pipe(failing);
    await expect(
      storage.put('backups', key, failing, { contentType: 'application/octet-stream' }),
    ).rejects.toThrow();
    expect(await storage.exists('backups', key)).toBe(false);
    expect(await storage.list('backups')).toEqual([]);
  });

  it('stores the object when the stream finishes', async () => {
    const key = backupKey(new Date(Date.UTC(2025, 0, 2, 3)));
    const ok = createEncryptStream(randomBytes(32));
    Readable.from(chunked(randomBytes(6 * 1024 * 1024))).pipe(ok);
    await storage.put('backups', key, ok, { contentType: 'application/octet-stream' });
    expect((await storage.list('backups')).map((o) => o.size)).toEqual([6 * 1024 * 1024 + 38]);
  });
});

function* chunked(buffer: Buffer, size = 256 * 1024): Generator<Buffer> {
  for (let offset = 0; offset < buffer.length; offset += size) yield buffer.subarray(offset, offset + size);
}
