import type { MediaKind } from '@tarodan/contracts';
import type { Bucket } from '../../platform/storage/storage.port.js';

/** Where each kind of image lives: the original (private) and its variants (served publicly by the API). */
export const MEDIA_BUCKETS: Record<MediaKind, Bucket> = {
  'listing-photo': 'product-images',
  avatar: 'avatars',
};

/** Variant URLs never change content (a new upload is a new asset), so browsers and Cloudflare may keep them forever. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** `originals/<ownerId>/<assetId>.<ext>` in the product-images bucket; never served publicly. */
export function listingOriginalKey(ownerId: string, assetId: string, extension: string): string {
  return `originals/${ownerId}/${assetId}.${extension}`;
}
