import type { MediaImage } from '@tarodan/contracts';
import { isBlurhashValid } from 'blurhash';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Database } from '../../platform/database/database.js';
import { mediaAssets, users } from '../../platform/database/schema/index.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { tokenFor } from '../../test/identity-helpers.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { MediaService } from './media.service.js';
import { MEDIA_FAILURE_REASONS } from './media-failure-reasons.js';
import {
  corruptJpeg,
  exifIfd0Tags,
  GPS_IFD_TAG,
  jpegWithGps,
  jpegWithOrientation,
  plainImage,
} from './media-test-images.js';

const SELLER = 'ayse@tarodan.test';
const OTHER_MEMBER = 'mehmet@tarodan.test';

let api: TestApp;
let token: string;
let otherToken: string;
let sellerId: string;

beforeAll(async () => {
  api = await startTestApp();
  token = await tokenFor(api, SELLER);
  otherToken = await tokenFor(api, OTHER_MEMBER);
  const [seller] = await api.app.get(Database).db.select().from(users).where(eq(users.email, SELLER));
  sellerId = seller!.id;
});

afterAll(async () => {
  if (api) await api.app.get(MediaService).deleteAllOf(sellerId);
  await api?.close();
});

function upload(body: Buffer | string, contentType: string, as = token, query = '?kind=listing-photo') {
  return api.request(`/v1/media/images${query}`, {
    method: 'POST',
    token: as,
    headers: { 'content-type': contentType },
    body,
  });
}

/** Polls the owner's view until the image is no longer pending. */
async function settled(id: string, timeoutMs = 20_000): Promise<MediaImage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await api.request(`/v1/media/images/${id}`, { token });
    expect(status).toBe(200);
    if (body.image.status !== 'pending') return body.image;
    if (Date.now() > deadline) throw new Error(`Image ${id} still pending after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function fetchBytes(url: string) {
  const response = await fetch(url);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('uploading a listing photo', () => {
  it('answers 202 with a pending image, then serves variants without the GPS position of the original', async () => {
    const photo = await jpegWithGps(1000, 750);
    expect(exifIfd0Tags((await sharp(photo).metadata()).exif)).toContain(GPS_IFD_TAG);

    const uploaded = await upload(photo, 'image/jpeg');
    expect(uploaded.status).toBe(202);
    expect(uploaded.body.image).toMatchObject({
      kind: 'listing-photo',
      status: 'pending',
      variants: null,
      src: null,
      placeholder: null,
      failureReason: null,
    });

    const image = await settled(uploaded.body.image.id);
    expect(image).toMatchObject({ status: 'ready', width: 1000, height: 750, failureReason: null });
    expect(image.variants?.map((v) => `${v.size}.${v.format}`)).toEqual([
      '320.avif',
      '320.webp',
      '320.jpeg',
      '640.avif',
      '640.webp',
      '640.jpeg',
      '1000.avif',
      '1000.webp',
      '1000.jpeg',
    ]);
    expect(image.src).toBe(`${api.config.http.publicUrl}/v1/media/v/${image.id}/640.jpg`);

    // The original stays private, EXIF and all (the seller's file, kept as sent).
    const [row] = await api.app
      .get(Database)
      .db.select()
      .from(mediaAssets)
      .where(eq(mediaAssets.id, image.id));
    expect(row!.originalKey).toBe(`originals/${sellerId}/${image.id}.jpg`);
    const original = await api.app.get(ObjectStorage).get('product-images', row!.originalKey);
    expect(exifIfd0Tags((await sharp(original!.body).metadata()).exif)).toContain(GPS_IFD_TAG);

    for (const variant of image.variants!) {
      const { response, bytes } = await fetchBytes(
        variant.url.replace(api.config.http.publicUrl, api.baseUrl),
      );
      expect(response.status).toBe(200);
      const metadata = await sharp(bytes).metadata();
      expect(metadata.exif, `${variant.size}.${variant.format} has EXIF`).toBeUndefined();
      expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height]);
      expect(bytes.length).toBe(variant.bytes);
    }
  });

  it('gives a ready image a valid blurhash and dominant colour as its placeholder', async () => {
    const uploaded = await upload(await plainImage(400, 300, 'png'), 'image/png');
    const image = await settled(uploaded.body.image.id);
    expect(image.status).toBe('ready');
    expect(isBlurhashValid(image.placeholder!.blurhash)).toEqual({ result: true });
    expect(image.placeholder!.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('turns a sideways phone photo upright: EXIF orientation 6 swaps width and height', async () => {
    const uploaded = await upload(await jpegWithOrientation(600, 300, 6), 'image/jpeg');
    const image = await settled(uploaded.body.image.id);
    expect([image.width, image.height]).toEqual([300, 600]);
    const largest = image.variants!.find((v) => v.size === 320 && v.format === 'jpeg')!;
    expect([largest.width, largest.height]).toEqual([160, 320]);
  });

  it('accepts WebP and AVIF uploads', async () => {
    expect((await upload(await plainImage(300, 300, 'webp'), 'image/webp')).status).toBe(202);
    expect((await upload(await plainImage(300, 300, 'avif'), 'image/avif')).status).toBe(202);
  });
});

describe('refused uploads', () => {
  it('refuses a PNG sent as image/jpeg (a PNG renamed .jpg), naming the body', async () => {
    const { status, body } = await upload(await plainImage(300, 300, 'png'), 'image/jpeg');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'body', reason: 'is a PNG image but was sent as image/jpeg' }],
    });
  });

  it('refuses a 20 MB file with 413 in the documented error shape', async () => {
    const big = Buffer.concat([await jpegWithOrientation(300, 300, 1), Buffer.alloc(20 * 1024 * 1024)]);
    const { status, body } = await upload(big, 'image/jpeg');
    expect(status).toBe(413);
    expect(body.error).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('refuses a text file, sent as text or disguised as an image', async () => {
    const asText = await upload('Satılık: 1/64 Hot Wheels, kutusunda.', 'text/plain');
    expect(asText.status).toBe(400);
    expect(asText.body.error.details).toEqual([
      {
        field: 'body',
        reason:
          'must be a JPEG, PNG, WebP, AVIF or HEIC image sent as the request body with its image/* content type',
      },
    ]);
    const disguised = await upload(Buffer.from('Satılık: 1/64 Hot Wheels, kutusunda.'), 'image/jpeg');
    expect(disguised.status).toBe(400);
    expect(disguised.body.error.details).toEqual([
      { field: 'body', reason: 'must be a JPEG, PNG, WebP, AVIF or HEIC image' },
    ]);
  });

  it('refuses a 50×50 image, naming the dimension problem', async () => {
    const { status, body } = await upload(await plainImage(50, 50, 'png'), 'image/png');
    expect(status).toBe(400);
    expect(body.error.details).toEqual([
      { field: 'body', reason: 'is 50×50 pixels; the shorter side must be at least 200 pixels' },
    ]);
  });

  it('refuses other kinds and anonymous callers', async () => {
    const photo = await jpegWithOrientation(300, 300, 1);
    const avatar = await upload(photo, 'image/jpeg', token, '?kind=avatar');
    expect(avatar.status).toBe(400);
    expect(avatar.body.error.details[0].field).toBe('query.kind');
    const anonymous = await api.request('/v1/media/images', {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg' },
      body: photo,
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('processing failures', () => {
  it('marks a corrupt JPEG failed at once, with a reason the seller can read', async () => {
    const uploaded = await upload(await corruptJpeg(800, 600), 'image/jpeg');
    expect(uploaded.status).toBe(202);
    const image = await settled(uploaded.body.image.id);
    expect(image).toMatchObject({
      status: 'failed',
      failureReason: MEDIA_FAILURE_REASONS.corrupt,
      variants: null,
      src: null,
    });
    expect(image.failureReason).toMatch(/^Görsel işlenemedi: dosya bozuk/);
  });

  it('retries a failing job and marks the image failed after the last try', async () => {
    const storage = api.app.get(ObjectStorage);
    const get = storage.get.bind(storage);
    const reads: string[] = [];
    const spy = vi.spyOn(storage, 'get').mockImplementation(async (bucket, key) => {
      if (!key.startsWith('originals/')) return get(bucket, key);
      reads.push(key);
      throw new Error('storage is down');
    });
    try {
      const uploaded = await upload(await jpegWithOrientation(400, 400, 1), 'image/jpeg');
      const image = await settled(uploaded.body.image.id);
      expect(image).toMatchObject({ status: 'failed', failureReason: MEDIA_FAILURE_REASONS.gaveUp });
      expect(reads).toHaveLength(3);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('who sees what', () => {
  let image: MediaImage;

  beforeAll(async () => {
    const uploaded = await upload(await jpegWithOrientation(700, 500, 1), 'image/jpeg');
    image = await settled(uploaded.body.image.id);
  });

  it('hides an image from every member but its owner (404), on REST and GraphQL', async () => {
    expect((await api.request(`/v1/media/images/${image.id}`, { token: otherToken })).status).toBe(404);
    const query = 'query($id: ID!) { mediaImage(id: $id) { id status src placeholder { blurhash } } }';
    const other = await api.request('/graphql', {
      method: 'POST',
      token: otherToken,
      json: { query, variables: { id: image.id } },
    });
    expect(other.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const own = await api.request('/graphql', {
      method: 'POST',
      token,
      json: { query, variables: { id: image.id } },
    });
    expect(own.body.data.mediaImage).toMatchObject({ id: image.id, status: 'ready', src: image.src });
  });

  it('serves AVIF, WebP and JPEG variants publicly with immutable cache headers', async () => {
    for (const [file, type] of [
      ['640.avif', 'image/avif'],
      ['640.webp', 'image/webp'],
      ['640.jpg', 'image/jpeg'],
    ]) {
      const { response, bytes } = await fetchBytes(`${api.baseUrl}/v1/media/v/${image.id}/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    }
  });

  it('serves nothing for pending, failed or unknown images, sizes that were not made, or originals', async () => {
    const pending = await api.app
      .get(Database)
      .db.insert(mediaAssets)
      .values({
        id: crypto.randomUUID(),
        ownerId: sellerId,
        kind: 'listing-photo',
        originalKey: `originals/${sellerId}/x.jpg`,
        originalContentType: 'image/jpeg',
        originalBytes: 1,
      })
      .returning();
    const paths = [
      `/v1/media/v/${pending[0]!.id}/320.jpg`,
      `/v1/media/v/${crypto.randomUUID()}/320.jpg`,
      `/v1/media/v/${image.id}/2048.jpg`,
    ];
    for (const path of paths) expect((await api.request(path)).status, path).toBe(404);
    expect((await api.request(`/v1/media/v/${image.id}/original.jpg`)).status).toBe(400);
    expect((await api.request(`/v1/media/v/${image.id}/..%2F..%2Foriginals`)).status).toBe(400);
  });

  it('counts processed images for the business dashboard', async () => {
    const metrics = await api.request('/metrics');
    const line = (outcome: string) =>
      new RegExp(
        `tarodan_images_processed_total\\{[^}]*kind="listing-photo"[^}]*outcome="${outcome}"[^}]*\\} ([0-9]+)`,
      );
    expect(Number(line('success').exec(metrics.body)?.[1])).toBeGreaterThan(0);
    expect(Number(line('failure').exec(metrics.body)?.[1])).toBeGreaterThanOrEqual(2);
  });
});

describe('avatars', () => {
  it('resizes an avatar the identity module stored into square variants', async () => {
    const storage = api.app.get(ObjectStorage);
    const key = `${sellerId}/media-test-avatar.jpg`;
    const bytes = await jpegWithGps(600, 400);
    await storage.put('avatars', key, bytes, { contentType: 'image/jpeg' });
    const pending = await api.app.get(MediaService).processAvatar(sellerId, {
      key,
      contentType: 'image/jpeg',
      bytes: bytes.length,
    });
    expect(pending).toMatchObject({ kind: 'avatar', status: 'pending' });
    const image = await settled(pending.id);
    expect(image.status).toBe('ready');
    expect([...new Set(image.variants!.map((v) => `${v.size}:${v.width}x${v.height}`))]).toEqual([
      '128:128x128',
      '256:256x256',
      '400:400x400',
    ]);
    const { response, bytes: variant } = await fetchBytes(
      image.variants![0]!.url.replace(api.config.http.publicUrl, api.baseUrl),
    );
    expect(response.status).toBe(200);
    expect((await sharp(variant).metadata()).exif).toBeUndefined();
    await storage.delete('avatars', key);
  });
});

describe('upload rate limit', () => {
  it('refuses more than 120 uploads an hour from one member with 429 and Retry-After', async () => {
    const { CacheStore } = await import('../../platform/cache/cache.port.js');
    const cache = api.app.get(CacheStore);
    const [other] = await api.app.get(Database).db.select().from(users).where(eq(users.email, OTHER_MEMBER));
    for (let i = 0; i < 120; i++) await cache.increment(`ratelimit:media-upload:${other!.id}`, 3600);
    const refused = await upload(await jpegWithOrientation(300, 300, 1), 'image/jpeg', otherToken);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
