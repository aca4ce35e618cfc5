import type { PublicMediaImage } from '@tarodan/contracts';
import { describe, expect, it } from 'vitest';
import { imageSrcSet, imageUrl } from './media-url';

const variant = (size: number, format: 'jpeg' | 'webp' | 'avif') => ({
  size,
  width: size,
  height: Math.round(size * 0.75),
  format,
  url: `https://api.test/v1/media/v/1/${size}.${format === 'jpeg' ? 'jpg' : format}`,
  bytes: 1000,
});

const ready: PublicMediaImage = {
  id: '7d0f8f6e-4b1a-4c55-9a52-3a1c1f2f0a11',
  status: 'ready',
  width: 1600,
  height: 1200,
  placeholder: { blurhash: 'LEHV6nWB2yk8pyo0adR*.7kCMdnj', dominantColor: '#886644' },
  src: 'https://api.test/v1/media/v/1/640.jpg',
  variants: [variant(160, 'avif'), variant(160, 'jpeg'), variant(320, 'jpeg'), variant(640, 'jpeg')],
};

describe('imageUrl', () => {
  it('picks the smallest JPEG that is big enough for a table thumbnail', () => {
    expect(imageUrl(ready, 96)).toBe('https://api.test/v1/media/v/1/160.jpg');
    expect(imageUrl(ready, 200)).toBe('https://api.test/v1/media/v/1/320.jpg');
  });

  it('falls back to the default src when no variant is big enough, and gives nothing before processing', () => {
    expect(imageUrl(ready, 2000)).toBe(ready.src);
    expect(imageUrl({ ...ready, status: 'pending', src: null, variants: null }, 96)).toBeNull();
    expect(imageUrl(null, 96)).toBeNull();
  });
});

describe('imageSrcSet', () => {
  it('lists the JPEG variants by width for the browser to choose from', () => {
    expect(imageSrcSet(ready)).toBe(
      'https://api.test/v1/media/v/1/160.jpg 160w, https://api.test/v1/media/v/1/320.jpg 320w, https://api.test/v1/media/v/1/640.jpg 640w',
    );
  });
});
