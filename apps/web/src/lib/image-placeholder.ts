import { deflateSync } from 'node:zlib';
import type { PublicMediaImage } from '@tarodan/contracts';
import { decode, isBlurhashValid } from 'blurhash';

/**
 * What a photo shows while it loads: its blurhash decoded on the server into a tiny PNG (a data URL of a few
 * hundred bytes that the browser scales up smoothly), over its dominant colour. Works without JavaScript.
 */

const SIZE = 8;

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels → an 8-bit RGB PNG. */
function png(pixels: Uint8ClampedArray, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y += 1) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const from = (y * width + x) * 4;
      rows.set([pixels[from] ?? 0, pixels[from + 1] ?? 0, pixels[from + 2] ?? 0], row + 1 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `data:image/png;base64,…` for a blurhash, or null when it is not a valid one. */
export function blurhashDataUrl(blurhash: string): string | null {
  if (!isBlurhashValid(blurhash).result) return null;
  try {
    const pixels = decode(blurhash, SIZE, SIZE);
    return `data:image/png;base64,${png(pixels, SIZE, SIZE).toString('base64')}`;
  } catch {
    return null;
  }
}

export type Placeholder = { color: string | null; image: string | null; blurhash: string | null };

export function placeholderOf(image: PublicMediaImage | null): Placeholder {
  const placeholder = image?.placeholder;
  if (!placeholder) return { color: null, image: null, blurhash: null };
  const color = /^#[0-9a-f]{6}$/i.test(placeholder.dominantColor) ? placeholder.dominantColor : null;
  return { color, image: blurhashDataUrl(placeholder.blurhash), blurhash: placeholder.blurhash };
}
