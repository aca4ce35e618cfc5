import { isBlurhashValid } from 'blurhash';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImageDecodeError, renderImage } from './image-renderer.js';
import {
  corruptJpeg,
  exifIfd0Tags,
  GPS_IFD_TAG,
  jpegWithGps,
  jpegWithOrientation,
  plainImage,
} from './media-test-images.js';
import { AVATAR_SIZES, LISTING_PHOTO_SIZES } from './variant-plan.js';

describe('renderImage', () => {
  it('strips EXIF (GPS included) from every variant', async () => {
    const original = await jpegWithGps(900, 600);
    expect(exifIfd0Tags((await sharp(original).metadata()).exif)).toContain(GPS_IFD_TAG);

    const rendered = await renderImage(original, { sizes: LISTING_PHOTO_SIZES, fit: 'inside' });

    expect(rendered.variants.map((v) => `${v.size}.${v.format}`)).toEqual([
      '320.avif',
      '320.webp',
      '320.jpeg',
      '640.avif',
      '640.webp',
      '640.jpeg',
      '900.avif',
      '900.webp',
      '900.jpeg',
    ]);
    for (const variant of rendered.variants) {
      const metadata = await sharp(variant.body).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.format).toBe(variant.format === 'avif' ? 'heif' : variant.format);
      expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height]);
    }
  });

  it('applies the EXIF orientation, so a sideways phone photo comes out upright', async () => {
    const rendered = await renderImage(await jpegWithOrientation(800, 400, 6), {
      sizes: LISTING_PHOTO_SIZES,
      fit: 'inside',
    });
    expect([rendered.width, rendered.height]).toEqual([400, 800]);
    const largest = rendered.variants.filter((v) => v.size === 640);
    expect(largest.map((v) => [v.width, v.height])).toEqual([
      [320, 640],
      [320, 640],
      [320, 640],
    ]);
  });

  it('describes the image with a valid 4×3 blurhash and its dominant colour', async () => {
    const rendered = await renderImage(await plainImage(400, 300, 'png'), {
      sizes: LISTING_PHOTO_SIZES,
      fit: 'inside',
    });
    expect(isBlurhashValid(rendered.blurhash)).toEqual({ result: true });
    expect(rendered.blurhash).toHaveLength(6 + 2 * (4 * 3 - 1));
    expect(rendered.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps transparency in AVIF and WebP and flattens it onto white for JPEG', async () => {
    const rendered = await renderImage(await plainImage(400, 400, 'png'), {
      sizes: LISTING_PHOTO_SIZES,
      fit: 'inside',
      formats: ['webp', 'jpeg'],
    });
    const byFormat = Object.fromEntries(
      await Promise.all(
        rendered.variants.map(async (v) => [v.format, await sharp(v.body).metadata()] as const),
      ),
    );
    expect(byFormat.webp?.hasAlpha).toBe(true);
    expect(byFormat.jpeg?.hasAlpha).toBe(false);
  });

  it('crops avatars to squares and never enlarges them', async () => {
    const rendered = await renderImage(await photoOf(600, 300), { sizes: AVATAR_SIZES, fit: 'cover' });
    const sizes = [...new Set(rendered.variants.map((v) => `${v.size}:${v.width}x${v.height}`))];
    expect(sizes).toEqual(['128:128x128', '256:256x256']);
  });

  it('refuses a file whose image data is corrupt with ImageDecodeError', async () => {
    await expect(
      renderImage(await corruptJpeg(600, 400), { sizes: LISTING_PHOTO_SIZES, fit: 'inside' }),
    ).rejects.toBeInstanceOf(ImageDecodeError);
  });

  it('refuses a decompression bomb: more pixels than it may decode', async () => {
    const bomb = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1_000_000);
    await expect(renderImage(bomb, { sizes: LISTING_PHOTO_SIZES, fit: 'inside' })).rejects.toBeInstanceOf(
      ImageDecodeError,
    );
  });
});

function photoOf(width: number, height: number) {
  return jpegWithOrientation(width, height, 1);
}
