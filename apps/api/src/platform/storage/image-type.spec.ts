import { describe, expect, it } from 'vitest';
import { sniffImageType } from './image-type.js';

const pad = (head: number[] | string) =>
  Buffer.concat([
    typeof head === 'string' ? Buffer.from(head, 'latin1') : Buffer.from(head),
    Buffer.alloc(16),
  ]);

describe('sniffImageType', () => {
  it('recognises images by their first bytes', () => {
    expect(sniffImageType(pad([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(pad([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffImageType(pad('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(pad('\x00\x00\x00\x1cftypavif'))).toBe('image/avif');
    expect(sniffImageType(pad('\x00\x00\x00\x18ftypheic'))).toBe('image/heic');
  });

  it('refuses text, PDFs and files too short to tell', () => {
    expect(sniffImageType(pad('hello, this is text'))).toBeNull();
    expect(sniffImageType(pad('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});
