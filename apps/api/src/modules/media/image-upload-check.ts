import { ErrorCode } from '@tarodan/contracts';
import sharp from 'sharp';
import { AppError } from '../../platform/errors/app-error.js';
import { type ImageType, MAX_IMAGE_BYTES, sniffImageType } from '../../platform/storage/image-type.js';
import { MAX_INPUT_PIXELS } from './image-renderer.js';

/** Sane bounds for a photo of a toy: big enough to see it, small enough to decode safely. */
export const IMAGE_UPLOAD_LIMITS = {
  maxBytes: MAX_IMAGE_BYTES,
  minShortSide: 200,
  maxSide: 12_000,
  maxPixels: MAX_INPUT_PIXELS,
} as const;

const LABELS: Record<ImageType, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'image/heic': 'HEIC',
};

/** Other names clients use for the same types. AVIF and HEIC share a container, so either header fits either. */
const DECLARED_ALIASES: Record<string, ImageType[]> = {
  'image/jpeg': ['image/jpeg'],
  'image/jpg': ['image/jpeg'],
  'image/pjpeg': ['image/jpeg'],
  'image/png': ['image/png'],
  'image/x-png': ['image/png'],
  'image/webp': ['image/webp'],
  'image/avif': ['image/avif', 'image/heic'],
  'image/heic': ['image/heic', 'image/avif'],
  'image/heif': ['image/heic', 'image/avif'],
};

const ACCEPTED = 'a JPEG, PNG, WebP, AVIF or HEIC image';

export interface CheckedImage {
  bytes: Buffer;
  type: ImageType;
  /** After auto-orientation (what people see). */
  width: number;
  height: number;
}

/**
 * Checks an uploaded body before anything is stored: an image by its bytes (never its name), the type it was sent
 * as, a format we can decode, and dimensions within `IMAGE_UPLOAD_LIMITS`. Only the header is read (no pixels are
 * decoded), so a decompression bomb is refused by its declared size. Every refusal names `body` and says why.
 */
export async function checkImageUpload(
  body: unknown,
  declaredType: string | undefined,
): Promise<CheckedImage> {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw invalid(`must be ${ACCEPTED} sent as the request body with its image/* content type`);
  }
  if (body.length > IMAGE_UPLOAD_LIMITS.maxBytes) {
    throw new AppError(ErrorCode.PayloadTooLarge, 'Images can be at most 15 MB', [
      { field: 'body', reason: 'must be at most 15 MB' },
    ]);
  }
  const sniffed = sniffImageType(body);
  if (!sniffed) throw invalid(`must be ${ACCEPTED}`);
  const declared = declaredType?.split(';')[0]?.trim().toLowerCase();
  if (declared && !(DECLARED_ALIASES[declared] ?? []).includes(sniffed)) {
    throw invalid(`is a ${LABELS[sniffed]} image but was sent as ${declared}`);
  }
  const metadata = await sharp(body)
    .metadata()
    .catch(() => null);
  if (!metadata?.width || !metadata.height)
    throw invalid('could not be read as an image: the file is damaged');
  const type = heifType(sniffed, metadata.compression);
  const { width, height } = metadata.autoOrient ?? metadata;
  checkDimensions(width, height);
  return { bytes: body, type, width, height };
}

/** The sniffer calls every HEIF container HEIC; what decides is the codec inside. sharp decodes AV1, not HEVC. */
function heifType(sniffed: ImageType, compression: string | undefined): ImageType {
  if (sniffed !== 'image/heic' && sniffed !== 'image/avif') return sniffed;
  if (compression === 'av1') return 'image/avif';
  throw invalid(
    'is a HEIC photo, which cannot be processed yet: send it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible)',
  );
}

function checkDimensions(width: number, height: number): void {
  const { minShortSide, maxSide, maxPixels } = IMAGE_UPLOAD_LIMITS;
  const size = `${width}×${height} pixels`;
  if (width > maxSide || height > maxSide || width * height > maxPixels) {
    throw invalid(
      `is ${size}; images can be at most ${maxSide} pixels on a side and ${maxPixels / 1_000_000} megapixels`,
    );
  }
  if (Math.min(width, height) < minShortSide) {
    throw invalid(`is ${size}; the shorter side must be at least ${minShortSide} pixels`);
  }
}

function invalid(reason: string): AppError {
  return new AppError(ErrorCode.ValidationFailed, `The image ${reason}`, [{ field: 'body', reason }]);
}
