import type { Readable } from 'node:stream';

export const BUCKETS = ['product-images', 'avatars', 'documents', 'reports', 'backups'] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface PutObjectOptions {
  contentType: string;
  /** Sent back with the object, e.g. `public, max-age=31536000, immutable` for content-addressed images. */
  cacheControl?: string;
}

export interface StoredObject {
  body: Buffer;
  contentType: string;
  size: number;
  cacheControl?: string;
}

export interface ObjectSummary {
  key: string;
  size: number;
  lastModified: Date;
}

export interface SignedUrlOptions {
  expiresInSeconds: number;
}

/**
 * Files (product images, avatars, documents, reports, backups) in named buckets. Keys are `/`-separated paths
 * of letters, digits, `.`, `_`, `-` and `=`; anything else (`..`, a leading `/`, empty segments) throws
 * `InvalidObjectKeyError` before touching the store.
 */
export abstract class ObjectStorage {
  abstract readonly name: 's3' | 'local';

  /** Creates any missing bucket; safe to call at every start. */
  abstract ensureBuckets(): Promise<void>;

  /** Writes the whole object; readers never see a partial one. Replaces an existing object. */
  abstract put(
    bucket: Bucket,
    key: string,
    body: Buffer | Readable,
    options: PutObjectOptions,
  ): Promise<void>;

  /** The object, or `null` when there is none. */
  abstract get(bucket: Bucket, key: string): Promise<StoredObject | null>;

  abstract exists(bucket: Bucket, key: string): Promise<boolean>;

  /** Deleting a missing object is not an error. */
  abstract delete(bucket: Bucket, key: string): Promise<void>;

  /** Every object whose key starts with `prefix` (all objects for `''`), sorted by key. */
  abstract list(bucket: Bucket, prefix?: string): Promise<ObjectSummary[]>;

  /**
   * A URL that lets anyone holding it GET the object until it expires. S3: a presigned URL to the S3 endpoint.
   * Local disk: `<publicBaseUrl>/v1/files/<bucket>/<key>?expires=<unix seconds>&signature=<hmac>`, to be served by
   * an API route that checks `verifySignedUrl` first.
   */
  abstract signedUrl(bucket: Bucket, key: string, options: SignedUrlOptions): Promise<string>;

  /**
   * For the `/v1/files/:bucket/*` route: true only when the signature was made by this storage's `signedUrl` for
   * exactly this bucket and key and has not expired. Never throws (a bad bucket or key gives false). The S3
   * adapter always answers false: its URLs point at S3, which checks them itself.
   */
  abstract verifySignedUrl(bucket: string, key: string, expires: string | number, signature: string): boolean;

  /** Resolves when the store is reachable and writable; rejects otherwise (used by /health/ready). */
  abstract ping(): Promise<void>;

  abstract close(): Promise<void>;
}
