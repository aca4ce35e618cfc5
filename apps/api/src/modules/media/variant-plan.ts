/** Boxes a listing photo is fitted inside (the longer side becomes the size): phone grid, phone detail, desktop, zoom. */
export const LISTING_PHOTO_SIZES = [320, 640, 1280, 2048] as const;
/** Square crops of an avatar: list rows, profile header, retina profile header. */
export const AVATAR_SIZES = [128, 256, 512] as const;

export const VARIANT_FORMATS = ['avif', 'webp', 'jpeg'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** File extensions of the variants (`640.jpg`, not `640.jpeg`: what people and CDNs expect). */
export const VARIANT_EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };
export const VARIANT_CONTENT_TYPES: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
};

/** An extra variant at the image's own size is worth it only when it is this much larger than the last step. */
const OWN_SIZE_MARGIN = 1.25;

/**
 * Which boxes to render for an image whose fitted side (the longer side for photos fitted inside a box, the shorter
 * for square crops) is `available` pixels. Never enlarges: only the boxes that fit, plus one at the image's own size
 * when it lies well between two steps (a 1 000 px photo gets 320, 640 and 1 000, not an upscaled 1 280), and always
 * at least one (a 250 px image gets a single 250 px variant).
 */
export function planVariantSizes(available: number, sizes: readonly number[]): number[] {
  if (!Number.isInteger(available) || available < 1)
    throw new RangeError(`Image size ${available} is not valid`);
  const ascending = [...new Set(sizes)].sort((a, b) => a - b);
  const fitting = ascending.filter((size) => size <= available);
  const largest = fitting.at(-1);
  if (largest === undefined) return [available];
  const hasLargerStep = ascending.some((size) => size > available);
  if (hasLargerStep && available >= largest * OWN_SIZE_MARGIN) return [...fitting, available];
  return fitting;
}

/** `variants/<assetId>/<size>.<ext>`: where a variant lives in its bucket, and the file name of its public URL. */
export function variantKey(assetId: string, size: number, format: VariantFormat): string {
  return `variants/${assetId}/${variantFileName(size, format)}`;
}

export function variantFileName(size: number, format: VariantFormat): string {
  return `${size}.${VARIANT_EXTENSIONS[format]}`;
}
