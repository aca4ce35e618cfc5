import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error.js';
import { checkImageUpload } from './image-upload-check.js';
import { jpegWithOrientation, plainImage } from './media-test-images.js';

async function refusal(body: unknown, type?: string) {
  const error = await checkImageUpload(body, type).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`Expected an AppError, got ${String(error)}`);
  return { code: error.code, details: error.details };
}

describe('checkImageUpload', () => {
  it('accepts JPEG, PNG, WebP and AVIF by their bytes, with the size people see', async () => {
    expect(await checkImageUpload(await jpegWithOrientation(600, 300, 6), 'image/jpeg')).toMatchObject({
      type: 'image/jpeg',
      width: 300,
      height: 600,
    });
    expect((await checkImageUpload(await plainImage(300, 300, 'png'), 'image/png')).type).toBe('image/png');
    expect((await checkImageUpload(await plainImage(300, 300, 'webp'), 'image/webp')).type).toBe(
      'image/webp',
    );
    expect((await checkImageUpload(await plainImage(300, 300, 'avif'), 'image/avif')).type).toBe(
      'image/avif',
    );
  });

  it('accepts the other names clients give JPEG', async () => {
    const jpeg = await jpegWithOrientation(300, 300, 1);
    expect((await checkImageUpload(jpeg, 'image/jpg')).type).toBe('image/jpeg');
    expect((await checkImageUpload(jpeg, 'image/jpeg; charset=binary')).type).toBe('image/jpeg');
  });

  it('refuses an image whose bytes contradict its declared type', async () => {
    expect(await refusal(await plainImage(300, 300, 'png'), 'image/jpeg')).toEqual({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body', reason: 'is a PNG image but was sent as image/jpeg' }],
    });
  });

  it('refuses text, whether parsed as text or disguised as an image', async () => {
    const reason = 'must be a JPEG, PNG, WebP, AVIF or HEIC image';
    expect(await refusal(Buffer.from('hello, this is not a photo of a toy car'), 'image/jpeg')).toEqual({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body', reason }],
    });
    expect((await refusal('hello', 'text/plain')).details?.[0]?.field).toBe('body');
  });

  it('refuses images too small to show or too large to decode safely', async () => {
    expect((await refusal(await plainImage(50, 50, 'png'), 'image/png')).details).toEqual([
      { field: 'body', reason: 'is 50×50 pixels; the shorter side must be at least 200 pixels' },
    ]);
    const wide = await sharp({ create: { width: 12_500, height: 300, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect((await refusal(wide, 'image/png')).details).toEqual([
      {
        field: 'body',
        reason: 'is 12500×300 pixels; images can be at most 12000 pixels on a side and 50 megapixels',
      },
    ]);
  });

  it('refuses a file with an image signature that cannot be read', async () => {
    const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 1, 2, 3, 4]);
    expect((await refusal(header, 'image/png')).details).toEqual([
      { field: 'body', reason: 'could not be read as an image: the file is damaged' },
    ]);
  });
});
