import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { MediaImage, PublicMediaImage } from '@tarodan/contracts';
import { ErrorCode } from '@tarodan/contracts';
import { AppConfig } from '../../config/app-config.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CacheStore } from '../../platform/cache/cache.port.js';
import { AppError } from '../../platform/errors/app-error.js';
import { JobQueue } from '../../platform/queue/queue.port.js';
import { IMAGE_EXTENSIONS } from '../../platform/storage/image-type.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { checkImageUpload } from './image-upload-check.js';
import { toMediaImage, toPublicMediaImage } from './media.mapper.js';
import { MediaAssetRepository, type MediaAssetRow, type NewMediaAsset } from './media-asset.repository.js';
import { listingOriginalKey, MEDIA_BUCKETS } from './media-storage.js';
import { processImageJob } from './process-image.job.js';
import { VARIANT_CONTENT_TYPES, variantFileName } from './variant-plan.js';

/** Uploads per member per hour: a generous seller lists 10 items of 12 photos in an hour. */
const UPLOAD_LIMIT = { max: 120, windowSeconds: 3600 };

export interface AvatarOriginal {
  /** Key in the avatars bucket, e.g. `<userId>/<hash>.jpg`, as AvatarService stored it. */
  key: string;
  contentType: string;
  bytes: number;
}

export interface VariantFile {
  body: Buffer;
  contentType: string;
}

/**
 * Images: the upload door (checks, private original, queued processing), the owner's view, the public variant
 * files, and the entry points other modules call (avatars, listings, erasure). The rendering is
 * `ImageProcessingService`'s.
 */
@Injectable()
export class MediaService {
  private readonly logger = new Logger('Media');

  constructor(
    private readonly assets: MediaAssetRepository,
    private readonly storage: ObjectStorage,
    private readonly queue: JobQueue,
    private readonly cache: CacheStore,
    private readonly config: AppConfig,
  ) {}

  /** A listing photo sent as the raw request body: stored privately, processed by the `process-image` job. */
  async uploadImage(
    caller: Caller,
    kind: 'listing-photo',
    body: unknown,
    declaredType: string | undefined,
  ): Promise<MediaImage> {
    await this.consumeUploadAllowance(caller.userId);
    const image = await checkImageUpload(body, declaredType);
    const id = randomUUID();
    const originalKey = listingOriginalKey(caller.userId, id, IMAGE_EXTENSIONS[image.type]);
    await this.storage.put(MEDIA_BUCKETS[kind], originalKey, image.bytes, {
      contentType: image.type,
      cacheControl: 'private, no-store',
    });
    return this.register({
      id,
      ownerId: caller.userId,
      kind,
      originalKey,
      originalContentType: image.type,
      originalBytes: image.bytes.length,
    });
  }

  /**
   * For the identity module: resizes an avatar it has already checked and stored in the avatars bucket. Returns the
   * pending asset; its square variants (128, 256, 512 px; AVIF, WebP, JPEG) are public once it is ready.
   */
  async processAvatar(userId: string, original: AvatarOriginal): Promise<MediaImage> {
    return this.register({
      id: randomUUID(),
      ownerId: userId,
      kind: 'avatar',
      originalKey: original.key,
      originalContentType: original.contentType,
      originalBytes: original.bytes,
    });
  }

  /** The owner's view of an image; anyone else is told it does not exist. */
  async get(caller: Caller, id: string): Promise<MediaImage> {
    const row = await this.assets.findOwned(id, caller.userId);
    if (!row) throw AppError.notFound('Image', id);
    return toMediaImage(row, this.config.http.publicUrl);
  }

  /** What anyone may see of these images (listing pages, profiles), in the order asked; unknown ids are left out. */
  async publicImages(ids: readonly string[]): Promise<PublicMediaImage[]> {
    const rows = new Map((await this.assets.findByIds(ids)).map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [toPublicMediaImage(row, this.config.http.publicUrl)] : [];
    });
  }

  /**
   * The owner's view (status, failure reason) of listing photos, in the order asked, in one query; ids that are
   * unknown, not listing photos or — when `ownerId` is given — someone else's are left out (callers compare lengths).
   */
  async listingPhotos(ids: readonly string[], ownerId?: string): Promise<MediaImage[]> {
    const rows = new Map((await this.assets.findByIds(ids)).map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = rows.get(id);
      return row && row.kind === 'listing-photo' && (ownerId === undefined || row.ownerId === ownerId)
        ? [toMediaImage(row, this.config.http.publicUrl)]
        : [];
    });
  }

  /** A variant of a ready image, e.g. `640.avif`; 404 for anything else (pending images, originals, unknown files). */
  async variantFile(assetId: string, file: string): Promise<VariantFile> {
    const row = await this.assets.findById(assetId);
    const variant =
      row?.status === 'ready'
        ? row.variants.find((v) => variantFileName(v.size, v.format) === file)
        : undefined;
    if (!row || !variant) throw AppError.notFound('Image', `${assetId}/${file}`);
    const object = await this.storage.get(MEDIA_BUCKETS[row.kind], variant.key);
    if (!object) {
      this.logger.error(`Variant ${variant.key} of ready image ${assetId} is missing from storage`);
      throw AppError.notFound('Image', `${assetId}/${file}`);
    }
    return { body: object.body, contentType: VARIANT_CONTENT_TYPES[variant.format] };
  }

  /**
   * Erasure: deletes every image of a member, their files included (listing originals and all variants; an avatar's
   * original belongs to the identity module). Returns how many images were removed.
   */
  async deleteAllOf(ownerId: string): Promise<number> {
    const rows = await this.assets.listByOwner(ownerId);
    for (const row of rows) await this.deleteFilesAndRow(row);
    return rows.length;
  }

  /** Removes one image of this owner with its files (a replaced avatar); unknown or foreign ids are ignored. */
  async discard(ownerId: string, id: string): Promise<void> {
    const row = await this.assets.findOwned(id, ownerId);
    if (row) await this.deleteFilesAndRow(row);
  }

  private async deleteFilesAndRow(row: MediaAssetRow): Promise<void> {
    const bucket = MEDIA_BUCKETS[row.kind];
    const keys = row.variants.map((v) => v.key);
    if (row.kind === 'listing-photo') keys.push(row.originalKey);
    await Promise.all(keys.map((key) => this.storage.delete(bucket, key)));
    await this.assets.delete(row.id);
  }

  /** Saves the pending asset and queues its processing; if the queue refuses, nothing is left behind. */
  private async register(asset: NewMediaAsset): Promise<MediaImage> {
    const row = await this.assets.insert(asset);
    try {
      await this.queue.enqueue(processImageJob, { assetId: row.id }, { jobId: row.id });
    } catch (error) {
      this.logger.error(`Could not queue processing of image ${row.id}: ${String(error)}`);
      await this.assets.delete(row.id);
      if (asset.kind === 'listing-photo') {
        await this.storage.delete(MEDIA_BUCKETS[asset.kind], asset.originalKey).catch(() => undefined);
      }
      throw new AppError(ErrorCode.ServiceUnavailable, 'Image processing is unavailable; try again shortly');
    }
    return toMediaImage(row, this.config.http.publicUrl);
  }

  private async consumeUploadAllowance(userId: string): Promise<void> {
    const { count, resetInSeconds } = await this.cache.increment(
      `ratelimit:media-upload:${userId}`,
      UPLOAD_LIMIT.windowSeconds,
    );
    if (count <= UPLOAD_LIMIT.max) return;
    const retryAfter = String(Math.max(1, resetInSeconds));
    throw new AppError(
      ErrorCode.RateLimited,
      `Too many uploads, try again in ${retryAfter} seconds`,
      undefined,
      { 'retry-after': retryAfter },
    );
  }
}
