import type { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  assertBucket,
  assertExpiry,
  assertKeyPrefix,
  assertObjectKey,
  assertPutOptions,
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

export interface S3StorageOptions {
  /** e.g. `http://minio:9000`; omit for AWS itself. */
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key`; MinIO needs it. Default true. */
  forcePathStyle?: boolean;
  /** Prepended to bucket names: `tarodan-` gives `tarodan-product-images`. Default `tarodan-`. */
  bucketPrefix?: string;
  /** How long `ping()` waits. Default 3 000 ms. */
  pingTimeoutMs?: number;
}

/** Any S3-compatible store (MinIO in production). Streams are uploaded in parts, so large backups do not sit in memory. */
export class S3Storage extends ObjectStorage {
  readonly name = 's3' as const;
  private readonly client: S3Client;
  private readonly bucketPrefix: string;
  private readonly pingTimeoutMs: number;

  constructor(options: S3StorageOptions) {
    super();
    this.bucketPrefix = options.bucketPrefix ?? 'tarodan-';
    this.pingTimeoutMs = options.pingTimeoutMs ?? 3_000;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      forcePathStyle: options.forcePathStyle ?? true,
      // S3-compatible servers do not all speak the SDK's newer default checksums; send them only where S3 requires.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async ensureBuckets(): Promise<void> {
    for (const bucket of BUCKETS) {
      const Bucket = this.bucketName(bucket);
      const found = await this.client
        .send(new HeadBucketCommand({ Bucket }))
        .then(() => true, ifNotFound(false));
      if (found) continue;
      await this.client.send(new CreateBucketCommand({ Bucket })).catch((error: unknown) => {
        if (error instanceof S3ServiceException && error.name === 'BucketAlreadyOwnedByYou') return;
        throw error;
      });
    }
  }

  async put(bucket: Bucket, key: string, body: Buffer | Readable, options: PutObjectOptions): Promise<void> {
    assertPutOptions(options);
    const upload = new Upload({
      client: this.client,
      params: {
        ...this.location(bucket, key),
        Body: body,
        ContentType: options.contentType,
        CacheControl: options.cacheControl,
      },
    });
    await upload.done();
  }

  async get(bucket: Bucket, key: string): Promise<StoredObject | null> {
    const response = await this.client
      .send(new GetObjectCommand(this.location(bucket, key)))
      .catch(ifNotFound(null));
    if (!response?.Body) return null;
    const bytes = await response.Body.transformToByteArray();
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return {
      body,
      size: body.length,
      contentType: response.ContentType ?? 'application/octet-stream',
      cacheControl: response.CacheControl,
    };
  }

  async exists(bucket: Bucket, key: string): Promise<boolean> {
    return this.client
      .send(new HeadObjectCommand(this.location(bucket, key)))
      .then(() => true, ifNotFound(false));
  }

  async delete(bucket: Bucket, key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand(this.location(bucket, key)));
  }

  async list(bucket: Bucket, prefix = ''): Promise<ObjectSummary[]> {
    assertBucket(bucket);
    assertKeyPrefix(prefix);
    const objects: ObjectSummary[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucketName(bucket),
          Prefix: prefix || undefined,
          ContinuationToken,
        }),
      );
      for (const item of page.Contents ?? []) {
        if (item.Key === undefined) continue;
        objects.push({ key: item.Key, size: item.Size ?? 0, lastModified: item.LastModified ?? new Date(0) });
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return objects.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async signedUrl(bucket: Bucket, key: string, options: SignedUrlOptions): Promise<string> {
    assertExpiry(options.expiresInSeconds);
    const command = new GetObjectCommand(this.location(bucket, key));
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds });
  }

  verifySignedUrl(): boolean {
    return false;
  }

  async ping(): Promise<void> {
    const Bucket = this.bucketName(BUCKETS[0]);
    try {
      await this.client.send(new HeadBucketCommand({ Bucket }), {
        abortSignal: AbortSignal.timeout(this.pingTimeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message || error.name : String(error);
      throw new Error(`S3 storage is unreachable or bucket ${Bucket} is missing: ${reason}`, {
        cause: error,
      });
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private bucketName(bucket: Bucket): string {
    assertBucket(bucket);
    return `${this.bucketPrefix}${bucket}`;
  }

  private location(bucket: Bucket, key: string): { Bucket: string; Key: string } {
    assertObjectKey(key);
    return { Bucket: this.bucketName(bucket), Key: key };
  }
}

/** For promise handlers: a 404 from S3 becomes `fallback`; anything else is rethrown. */
function ifNotFound<T>(fallback: T): (error: unknown) => T {
  return (error) => {
    if (
      error instanceof S3ServiceException &&
      (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound')
    ) {
      return fallback;
    }
    throw error;
  };
}
