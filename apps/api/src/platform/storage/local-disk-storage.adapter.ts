import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, constants, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertBucket,
  assertExpiry,
  assertKeyPrefix,
  assertObjectKey,
  assertPutOptions,
  isBucket,
  isValidObjectKey,
} from './object-key.js';
import {
  BUCKETS,
  type Bucket,
  ObjectStorage,
  type ObjectSummary,
  type PutObjectOptions,
  type SignedUrlOptions,
  type StoredObject,
} from './storage.port.js';

export interface LocalDiskStorageOptions {
  /** e.g. `.data/storage`; each bucket is a folder under it. */
  rootDir: string;
  /** HMAC key for signed URLs (at least 16 characters). */
  signingSecret: string;
  /** Where the API is reachable, e.g. `http://localhost:3001`; signed URLs point at its `/v1/files` route. */
  publicBaseUrl: string;
}

interface Metadata {
  contentType: string;
  cacheControl?: string;
}

/**
 * Files on local disk, for development and single-machine runs. An object is `<root>/<bucket>/<key>`, with its
 * content type in a hidden `.<name>.meta.json` beside it (keys cannot start a segment with `.`, so hidden names
 * never collide with objects). Writes go to a temp file and are renamed into place, so readers never see half a
 * file. Unlike S3, `a` and `a/b` cannot both exist (one would be a file, the other a folder).
 */
export class LocalDiskStorage extends ObjectStorage {
  readonly name = 'local' as const;
  private readonly rootDir: string;
  private readonly signingSecret: string;
  private readonly publicBaseUrl: string;

  constructor(options: LocalDiskStorageOptions) {
    super();
    if (!options.signingSecret || options.signingSecret.length < 16) {
      throw new Error('LocalDiskStorage needs a signingSecret of at least 16 characters');
    }
    this.rootDir = resolve(options.rootDir);
    this.signingSecret = options.signingSecret;
    this.publicBaseUrl = new URL(options.publicBaseUrl).href.replace(/\/+$/, '');
  }

  async ensureBuckets(): Promise<void> {
    await Promise.all(BUCKETS.map((bucket) => mkdir(join(this.rootDir, bucket), { recursive: true })));
  }

  async put(bucket: Bucket, key: string, body: Buffer | Readable, options: PutObjectOptions): Promise<void> {
    assertPutOptions(options);
    const file = this.objectPath(bucket, key);
    await mkdir(dirname(file), { recursive: true });
    const metadata: Metadata = { contentType: options.contentType, cacheControl: options.cacheControl };
    await writeAtomically(metadataPath(file), JSON.stringify(metadata));
    await writeAtomically(file, body);
  }

  async get(bucket: Bucket, key: string): Promise<StoredObject | null> {
    const file = this.objectPath(bucket, key);
    const body = await readFile(file).catch(ifMissing(null));
    if (!body) return null;
    const metadata = await readMetadata(file);
    return {
      body,
      size: body.length,
      contentType: metadata.contentType,
      cacheControl: metadata.cacheControl,
    };
  }

  async exists(bucket: Bucket, key: string): Promise<boolean> {
    const info = await stat(this.objectPath(bucket, key)).catch(ifMissing(null));
    return info?.isFile() ?? false;
  }

  async delete(bucket: Bucket, key: string): Promise<void> {
    const file = this.objectPath(bucket, key);
    await rm(file, { force: true });
    await rm(metadataPath(file), { force: true });
  }

  async list(bucket: Bucket, prefix = ''): Promise<ObjectSummary[]> {
    assertBucket(bucket);
    assertKeyPrefix(prefix);
    const bucketDir = join(this.rootDir, bucket);
    // Only the folder the prefix points into (and below) can hold matching keys.
    const folders = prefix.split('/').slice(0, -1);
    const objects: ObjectSummary[] = [];
    for await (const file of walk(join(bucketDir, ...folders))) {
      const key = relative(bucketDir, file).split(sep).join('/');
      if (!key.startsWith(prefix)) continue;
      const info = await stat(file).catch(ifMissing(null));
      if (info) objects.push({ key, size: info.size, lastModified: info.mtime });
    }
    return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async signedUrl(bucket: Bucket, key: string, options: SignedUrlOptions): Promise<string> {
    assertBucket(bucket);
    assertObjectKey(key);
    assertExpiry(options.expiresInSeconds);
    const expires = Math.floor(Date.now() / 1000) + options.expiresInSeconds;
    const path = key.split('/').map(encodeURIComponent).join('/');
    const query = new URLSearchParams({
      expires: String(expires),
      signature: this.sign(bucket, key, expires),
    });
    return `${this.publicBaseUrl}/v1/files/${bucket}/${path}?${query}`;
  }

  verifySignedUrl(bucket: string, key: string, expires: string | number, signature: string): boolean {
    if (!isBucket(bucket) || !isValidObjectKey(key) || typeof signature !== 'string') return false;
    const expiresAt = Number(expires);
    if (!/^\d{1,12}$/.test(String(expires)) || expiresAt * 1000 < Date.now()) return false;
    const expected = Buffer.from(this.sign(bucket, key, expiresAt));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  async ping(): Promise<void> {
    await access(this.rootDir, constants.R_OK | constants.W_OK).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`Storage folder ${this.rootDir} is not writable: ${error.code ?? error.message}`, {
        cause: error,
      });
    });
  }

  async close(): Promise<void> {}

  private objectPath(bucket: Bucket, key: string): string {
    assertBucket(bucket);
    assertObjectKey(key);
    return join(this.rootDir, bucket, ...key.split('/'));
  }

  private sign(bucket: Bucket, key: string, expires: number): string {
    return createHmac('sha256', this.signingSecret)
      .update(`${bucket}\n${key}\n${expires}`)
      .digest('base64url');
  }
}

function metadataPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.meta.json`);
}

async function readMetadata(file: string): Promise<Metadata> {
  const json = await readFile(metadataPath(file), 'utf8').catch(ifMissing(null));
  const metadata = json ? (JSON.parse(json) as Partial<Metadata>) : {};
  return {
    contentType: metadata.contentType ?? 'application/octet-stream',
    cacheControl: metadata.cacheControl,
  };
}

/** Writes beside the target under a hidden temp name, then renames: the target is the old or the new file, never half. */
async function writeAtomically(target: string, data: string | Buffer | Readable): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    if (data instanceof Readable) await pipeline(data, createWriteStream(temp));
    else await writeFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Files under `dir`, skipping hidden entries (metadata and temp files); nothing if `dir` does not exist. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(ifMissing([]));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** For `.catch`: turns "no such file" (or "not a folder") into `fallback` and rethrows anything else. */
function ifMissing<T>(fallback: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return fallback;
    throw error;
  };
}
