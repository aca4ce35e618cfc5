import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@tarodan/contracts';
import sharp from 'sharp';
import { AppConfig } from '../../config/app-config.js';
import { AppError } from '../../platform/errors/app-error.js';
import { IMAGE_EXTENSIONS, sniffImageType } from '../../platform/storage/image-type.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import type { AvatarOriginal } from '../media/media.service.js';

export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;
const AVATAR_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * Avatars in the `avatars` bucket under a content-addressed key (`<userId>/<hash>.<ext>`), so their URLs can be
 * cached forever. The image pipeline (`MediaService.processAvatar`) makes square AVIF/WebP/JPEG variants of it.
 */
@Injectable()
export class AvatarService {
  constructor(
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  /** Checks and cleans the upload, stores it; returns what the image pipeline needs to make its variants. */
  async store(userId: string, body: unknown, declaredType?: string): Promise<AvatarOriginal> {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw invalid('must be an image file sent as the request body (image/jpeg, image/png or image/webp)');
    }
    if (body.length > MAX_AVATAR_BYTES) {
      throw new AppError(ErrorCode.PayloadTooLarge, 'Avatars can be at most 5 MB', [
        { field: 'body', reason: 'must be at most 5 MB' },
      ]);
    }
    const type = sniffImageType(body);
    if (!type || !AVATAR_TYPES.has(type)) throw invalid('must be a JPEG, PNG or WebP image');
    const declared = declaredType?.split(';')[0]?.trim().toLowerCase();
    if (declared && declared !== type) {
      throw invalid(`is a ${IMAGE_EXTENSIONS[type].toUpperCase()} image but was sent as ${declared}`);
    }
    const clean = await cleanAvatar(body, type);
    const hash = createHash('sha256').update(clean).digest('hex').slice(0, 24);
    const key = `${userId}/${hash}.${IMAGE_EXTENSIONS[type]}`;
    await this.storage.put('avatars', key, clean, {
      contentType: type,
      cacheControl: 'public, max-age=31536000, immutable',
    });
    return { key, contentType: type, bytes: clean.length };
  }

  remove(key: string): Promise<void> {
    return this.storage.delete('avatars', key);
  }

  urlOf(key: string | null): string | null {
    return key ? `${this.config.http.publicUrl}/v1/avatars/${key}` : null;
  }
}

/**
 * Avatars are public: re-encode them upright, at most 1024 px, with every bit of metadata (EXIF, GPS, camera)
 * dropped, so a phone photo cannot reveal where its owner lives.
 */
async function cleanAvatar(body: Buffer, type: string): Promise<Buffer> {
  const format = type === 'image/png' ? 'png' : type === 'image/webp' ? 'webp' : 'jpeg';
  try {
    return await sharp(body, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: 1024, height: 1024, fit: 'inside', withoutEnlargement: true })
      .toFormat(format)
      .toBuffer();
  } catch {
    throw invalid('could not be read as an image (the file may be damaged)');
  }
}

function invalid(reason: string): AppError {
  return new AppError(ErrorCode.ValidationFailed, `The avatar ${reason}`, [{ field: 'body', reason }]);
}
