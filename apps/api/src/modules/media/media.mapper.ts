import type { MediaImage, MediaImageVariant, PublicMediaImage } from '@tarodan/contracts';
import type { MediaVariantRecord } from '../../platform/database/schema/index.js';
import type { MediaAssetRow } from './media-asset.repository.js';
import { variantFileName } from './variant-plan.js';

/** The JPEG `<img src>` falls back to: 640 px (a phone's detail view), or the largest below it, or the smallest. */
const SRC_SIZE = 640;

/** `<apiUrl>/v1/media/v/<assetId>/<size>.<ext>` */
export function variantUrl(
  apiUrl: string,
  assetId: string,
  variant: Pick<MediaVariantRecord, 'size' | 'format'>,
) {
  return `${apiUrl}/v1/media/v/${assetId}/${variantFileName(variant.size, variant.format)}`;
}

export function toPublicMediaImage(row: MediaAssetRow, apiUrl: string): PublicMediaImage {
  const ready = row.status === 'ready';
  const variants: MediaImageVariant[] | null = ready
    ? row.variants.map(({ size, width, height, format, bytes }) => ({
        size,
        width,
        height,
        format,
        bytes,
        url: variantUrl(apiUrl, row.id, { size, format }),
      }))
    : null;
  return {
    id: row.id,
    status: row.status,
    width: row.width,
    height: row.height,
    placeholder:
      row.blurhash && row.dominantColor ? { blurhash: row.blurhash, dominantColor: row.dominantColor } : null,
    src: variants ? srcOf(variants) : null,
    variants,
  };
}

export function toMediaImage(row: MediaAssetRow, apiUrl: string): MediaImage {
  return {
    ...toPublicMediaImage(row, apiUrl),
    kind: row.kind,
    failureReason: row.status === 'failed' ? row.failureReason : null,
    createdAt: row.createdAt.toISOString(),
    processedAt: row.processedAt?.toISOString() ?? null,
  };
}

function srcOf(variants: MediaImageVariant[]): string | null {
  const jpegs = variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.size - b.size);
  const pick = jpegs.filter((v) => v.size <= SRC_SIZE).at(-1) ?? jpegs[0];
  return pick?.url ?? null;
}
