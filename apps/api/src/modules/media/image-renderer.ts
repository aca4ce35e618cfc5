import { encode } from 'blurhash';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { planVariantSizes, VARIANT_FORMATS, type VariantFormat } from './variant-plan.js';

/** Decoding refuses anything larger (decompression bombs: a small file that expands to gigabytes of pixels). */
export const MAX_INPUT_PIXELS = 50_000_000;

/** Encoder settings: AVIF effort 2 is ~5× faster than the default 4 for a few % larger files. */
const ENCODERS: Record<VariantFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 75 }),
  jpeg: (image) => image.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true }),
};

export interface RenderOptions {
  /** Candidate box sizes; `planVariantSizes` keeps those that fit the image. */
  sizes: readonly number[];
  /** `inside`: the longer side becomes the size (photos); `cover`: a centred square crop (avatars). */
  fit: 'inside' | 'cover';
  /** Default: AVIF, WebP and JPEG. */
  formats?: readonly VariantFormat[];
}

export interface RenderedVariant {
  size: number;
  width: number;
  height: number;
  format: VariantFormat;
  body: Buffer;
}

export interface RenderedImage {
  /** After auto-orientation. */
  width: number;
  height: number;
  /** 4×3 components, from a 32 px thumbnail. */
  blurhash: string;
  /** `#rrggbb` */
  dominantColor: string;
  variants: RenderedVariant[];
}

/** The input could not be decoded (corrupt, truncated, too many pixels): retrying will not help. */
export class ImageDecodeError extends Error {
  override readonly name = 'ImageDecodeError';
}

type RawImage = { data: Buffer; info: OutputInfo };

/**
 * Decodes once (auto-oriented by its EXIF orientation, converted to sRGB), then renders each planned size from the
 * next larger one in every format. Nothing of the input's metadata survives: the variants are encoded from raw pixels,
 * so EXIF (GPS position, camera serial), XMP and ICC profiles are gone.
 */
export async function renderImage(input: Buffer, options: RenderOptions): Promise<RenderedImage> {
  const decoded = await decode(input);
  const formats = options.formats ?? VARIANT_FORMATS;
  const { width, height } = decoded.info;
  const fitted = options.fit === 'inside' ? Math.max(width, height) : Math.min(width, height);
  const descending = planVariantSizes(fitted, options.sizes).reverse();
  const variants: RenderedVariant[] = [];
  let source = decoded;
  let largest: RawImage | undefined;
  for (const size of descending) {
    const resized = await fromRaw(source)
      .resize(size, size, { fit: options.fit, withoutEnlargement: true, position: 'centre' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    largest ??= resized;
    source = resized;
    const bodies = await Promise.all(formats.map((format) => ENCODERS[format](fromRaw(resized)).toBuffer()));
    formats.forEach((format, i) => {
      variants.push({
        size,
        width: resized.info.width,
        height: resized.info.height,
        format,
        body: bodies[i]!,
      });
    });
  }
  const framing = largest ?? decoded;
  const [blurhash, dominantColor] = await Promise.all([blurhashOf(framing), dominantColorOf(framing)]);
  return {
    width,
    height,
    blurhash,
    dominantColor,
    variants: variants.sort((a, b) => a.size - b.size),
  };
}

async function decode(input: Buffer): Promise<RawImage> {
  try {
    return await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .autoOrient()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new ImageDecodeError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

function fromRaw({ data, info }: RawImage): Sharp {
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
}

async function blurhashOf(image: RawImage): Promise<string> {
  const { data, info } = await fromRaw(image)
    .resize(32, 32, { fit: 'inside' })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return encode(
    new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
    4,
    3,
  );
}

async function dominantColorOf(image: RawImage): Promise<string> {
  const thumbnail = await fromRaw(image)
    .resize(64, 64, { fit: 'inside' })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { dominant } = await fromRaw(thumbnail).stats();
  return `#${[dominant.r, dominant.g, dominant.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
