import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { MediaKind } from '@tarodan/contracts';
import { type JobContext, JobQueue, PermanentJobError } from '../../platform/queue/queue.port.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { ImageDecodeError, type RenderOptions, renderImage } from './image-renderer.js';
import { MediaMetrics } from './media.metrics.js';
import { MediaAssetRepository, type MediaAssetRow } from './media-asset.repository.js';
import { MEDIA_FAILURE_REASONS, type MediaFailure } from './media-failure-reasons.js';
import { IMMUTABLE_CACHE_CONTROL, MEDIA_BUCKETS } from './media-storage.js';
import { processImageJob } from './process-image.job.js';
import { AVATAR_SIZES, LISTING_PHOTO_SIZES, VARIANT_CONTENT_TYPES, variantKey } from './variant-plan.js';

const RENDERING: Record<MediaKind, RenderOptions> = {
  'listing-photo': { sizes: LISTING_PHOTO_SIZES, fit: 'inside' },
  avatar: { sizes: AVATAR_SIZES, fit: 'cover' },
};

/** A failure that retrying cannot fix, with the reason the owner is shown. */
class ImageFailure extends PermanentJobError {
  constructor(
    readonly failure: MediaFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The `process-image` job: reads the private original, renders the variants (auto-oriented, metadata stripped),
 * stores them as public immutable files and marks the asset ready with its blurhash and dominant colour.
 * Idempotent: only a pending asset is processed, and the variant keys are fixed, so a redelivered job rewrites the
 * same files. A corrupt file fails at once; anything else is retried, and the last failed try marks the asset failed.
 */
@Injectable()
export class ImageProcessingService implements OnModuleInit {
  private readonly logger = new Logger('Media');

  constructor(
    private readonly assets: MediaAssetRepository,
    private readonly storage: ObjectStorage,
    private readonly queue: JobQueue,
    private readonly metrics: MediaMetrics,
  ) {}

  onModuleInit() {
    this.queue.register(processImageJob, ({ assetId }, ctx) => this.process(assetId, ctx));
  }

  async process(assetId: string, ctx: JobContext): Promise<void> {
    const asset = await this.assets.findById(assetId);
    if (asset?.status !== 'pending') return;
    try {
      await this.render(asset);
    } catch (error) {
      const permanent = error instanceof ImageFailure;
      if (permanent || ctx.attempt >= processImageJob.attempts) {
        const failure = permanent ? error.failure : 'gaveUp';
        this.logger.warn(`Image ${asset.id} failed on attempt ${ctx.attempt} (${failure}): ${String(error)}`);
        const failed = await this.assets.markFailed(asset.id, MEDIA_FAILURE_REASONS[failure]);
        if (failed) this.metrics.record(asset.kind, 'failure');
      }
      throw error;
    }
  }

  private async render(asset: MediaAssetRow): Promise<void> {
    const bucket = MEDIA_BUCKETS[asset.kind];
    const original = await this.storage.get(bucket, asset.originalKey);
    if (!original) {
      throw new ImageFailure('missingOriginal', `Original ${bucket}/${asset.originalKey} is missing`);
    }
    const rendered = await renderImage(original.body, RENDERING[asset.kind]).catch((error: unknown) => {
      if (error instanceof ImageDecodeError) throw new ImageFailure('corrupt', error.message);
      throw error;
    });
    const variants = rendered.variants.map(({ body, ...variant }) => ({
      ...variant,
      key: variantKey(asset.id, variant.size, variant.format),
      bytes: body.length,
      body,
    }));
    await Promise.all(
      variants.map(({ key, format, body }) =>
        this.storage.put(bucket, key, body, {
          contentType: VARIANT_CONTENT_TYPES[format],
          cacheControl: IMMUTABLE_CACHE_CONTROL,
        }),
      ),
    );
    const ready = await this.assets.markReady(asset.id, {
      width: rendered.width,
      height: rendered.height,
      blurhash: rendered.blurhash,
      dominantColor: rendered.dominantColor,
      variants: variants.map(({ body: _body, ...variant }) => variant),
    });
    if (ready) {
      this.metrics.record(asset.kind, 'success');
      return;
    }
    // Deleted (or settled by another delivery) while rendering: the files belong to nothing.
    const current = await this.assets.findById(asset.id);
    if (!current) await Promise.all(variants.map(({ key }) => this.storage.delete(bucket, key)));
  }
}
