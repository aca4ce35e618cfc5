import { Module } from '@nestjs/common';
import { ImageProcessingService } from './image-processing.service.js';
import { MediaController } from './media.controller.js';
import { MediaMetrics } from './media.metrics.js';
import { MediaResolver } from './media.resolver.js';
import { MediaService } from './media.service.js';
import { MediaAssetRepository } from './media-asset.repository.js';

/**
 * Images: listing photos uploaded through `POST /v1/media/images`, avatars handed over by the identity module
 * (`MediaService.processAvatar`), processed by the `process-image` job on the `images` queue (sharp: auto-orient,
 * metadata stripped, AVIF/WebP/JPEG variants, blurhash, dominant colour) and served publicly, immutable, from
 * `/v1/media/v/:assetId/:file`. Depends on platform ports only, so any module may import it.
 */
@Module({
  controllers: [MediaController],
  providers: [MediaAssetRepository, MediaService, ImageProcessingService, MediaMetrics, MediaResolver],
  exports: [MediaService],
})
export class MediaModule {}
