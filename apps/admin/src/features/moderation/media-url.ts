import type { PublicMediaImage } from '@tarodan/contracts';

/**
 * The smallest JPEG variant at least `minSize` px on its long side (the thumbnail a table row needs), or the image's
 * default `src` when no variant is big enough; null until the image is processed.
 */
export function imageUrl(image: PublicMediaImage | null | undefined, minSize: number): string | null {
  if (image?.status !== 'ready') return null;
  const jpegs = (image.variants ?? []).filter((variant) => variant.format === 'jpeg');
  return jpegs.find((variant) => variant.size >= minSize)?.url ?? image.src ?? jpegs.at(-1)?.url ?? null;
}

/** `srcset` of the JPEG variants, for the large preview. */
export function imageSrcSet(image: PublicMediaImage): string | undefined {
  const jpegs = (image.variants ?? []).filter((variant) => variant.format === 'jpeg');
  return jpegs.length > 0 ? jpegs.map((variant) => `${variant.url} ${variant.width}w`).join(', ') : undefined;
}
