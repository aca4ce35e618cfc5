import sharp from 'sharp';

// Images made on the fly for tests and the benchmark, so no binary fixtures live in the repository.

/** A photo-like JPEG: a diagonal colour gradient with grain, so encoders have real work to do. */
export async function photoLikeJpeg(width: number, height: number, quality = 90): Promise<Buffer> {
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
      <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="#c0392b"/><stop offset="0.5" stop-color="#f1c40f"/><stop offset="1" stop-color="#2c3e50"/>
      </linearGradient></defs>
      <rect width="100%" height="100%" fill="url(#g)"/>
      <circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#1abc9c"/>
    </svg>`,
  );
  const grain = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 24 },
    },
  })
    .png()
    .toBuffer();
  return sharp(gradient)
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality })
    .toBuffer();
}

/** A JPEG whose EXIF holds a GPS position (Istanbul) and a camera, as phones write them. */
export async function jpegWithGps(width: number, height: number): Promise<Buffer> {
  return sharp(await photoLikeJpeg(width, height))
    .withExif({
      IFD0: { Make: 'TarodanCam', Model: 'T-1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '41/1 0/1 3600/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '28/1 58/1 4800/100',
      },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Stored `width`×`height` with an EXIF orientation, as a phone held sideways writes it (6: rotate 90° to view). */
export async function jpegWithOrientation(
  width: number,
  height: number,
  orientation: number,
): Promise<Buffer> {
  return sharp(await photoLikeJpeg(width, height))
    .withMetadata({ orientation })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export async function plainImage(
  width: number,
  height: number,
  format: 'png' | 'webp' | 'avif',
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 30, g: 120, b: 200, alpha: 0.8 } } })
    .toFormat(format)
    .toBuffer();
}

/** A JPEG whose headers are intact (its size can be read) but whose image data is garbage and never ends. */
export async function corruptJpeg(width: number, height: number): Promise<Buffer> {
  const valid = await photoLikeJpeg(width, height);
  let scan = -1;
  for (let i = 0; i < valid.length - 1; i++) {
    if (valid[i] === 0xff && valid[i + 1] === 0xda) {
      scan = i;
      break;
    }
  }
  if (scan < 0) throw new Error('No start-of-scan marker in the generated JPEG');
  const headerEnd = scan + 2 + valid.readUInt16BE(scan + 2);
  return Buffer.concat([valid.subarray(0, headerEnd), Buffer.alloc(50_000, 0x55)]);
}

/** The tags of EXIF's first IFD (`0x8825` points at the GPS IFD); `[]` without EXIF. */
export function exifIfd0Tags(exif: Buffer | undefined): number[] {
  if (!exif) return [];
  const tiff = exif.toString('latin1', 0, 4) === 'Exif' ? exif.subarray(6) : exif;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  return Array.from({ length: u16(ifd) }, (_, i) => u16(ifd + 2 + i * 12));
}

export const GPS_IFD_TAG = 0x8825;
