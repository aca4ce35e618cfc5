import {
  type CreateListing,
  type ListingCard,
  type ListingStatus,
  type Locale,
  listingCardSchema,
  type MediaImage,
  mediaImageResponseSchema,
  type OwnListing,
  ownListingSchema,
  type Page,
  pageSchema,
  type UpdateListing,
} from '@tarodan/contracts';
import { z } from 'zod';
import { apiRequest } from './api-client';

/** The member's side of listings: their drafts and listings, favorites and photo uploads. Token from the cookie. */

const ownResponseSchema = z.object({ listing: ownListingSchema });
const ownPageSchema = pageSchema(ownListingSchema);
const cardPageSchema = pageSchema(listingCardSchema);
const favoriteSchema = z.object({ favorited: z.boolean(), favoriteCount: z.number().int() });

/** The seller's actions as the API spells them in URLs (`mark_sold` → `mark-sold`). */
export const sellerActions = ['publish', 'pause', 'resume', 'mark_sold', 'archive'] as const;
export type SellerAction = (typeof sellerActions)[number];

export async function createListing(token: string, body: CreateListing, locale: Locale): Promise<OwnListing> {
  return (
    await apiRequest(`/v1/listings?locale=${locale}`, {
      method: 'POST',
      token,
      json: body,
      schema: ownResponseSchema,
    })
  ).listing;
}

export async function updateListing(
  token: string,
  id: string,
  body: UpdateListing,
  locale: Locale,
): Promise<OwnListing> {
  return (
    await apiRequest(`/v1/listings/${encodeURIComponent(id)}?locale=${locale}`, {
      method: 'PATCH',
      token,
      json: body,
      schema: ownResponseSchema,
    })
  ).listing;
}

/** Raw values, findings and allowed actions of the member's own listing (404 when it is not theirs). */
export async function getOwnListing(token: string, id: string, locale: Locale): Promise<OwnListing> {
  return (
    await apiRequest(`/v1/listings/${encodeURIComponent(id)}/edit?locale=${locale}`, {
      token,
      schema: ownResponseSchema,
    })
  ).listing;
}

export async function runListingAction(
  token: string,
  id: string,
  action: SellerAction,
  locale: Locale,
): Promise<OwnListing> {
  const path = `/v1/listings/${encodeURIComponent(id)}/${action.replace('_', '-')}?locale=${locale}`;
  return (await apiRequest(path, { method: 'POST', token, schema: ownResponseSchema })).listing;
}

export function myListings(
  token: string,
  locale: Locale,
  status: ListingStatus | undefined,
  offset: number,
  limit = 24,
): Promise<Page<OwnListing>> {
  const params = new URLSearchParams({ locale, limit: String(limit), offset: String(offset) });
  if (status) params.set('status', status);
  return apiRequest(`/v1/me/listings?${params}`, { token, schema: ownPageSchema });
}

export function myFavorites(
  token: string,
  locale: Locale,
  offset: number,
  limit = 48,
): Promise<Page<ListingCard>> {
  const params = new URLSearchParams({ locale, limit: String(limit), offset: String(offset) });
  return apiRequest(`/v1/me/favorites?${params}`, { token, schema: cardPageSchema });
}

export function setFavorite(
  token: string,
  id: string,
  favorite: boolean,
): Promise<{ favorited: boolean; favoriteCount: number }> {
  return apiRequest(`/v1/listings/${encodeURIComponent(id)}/favorite`, {
    method: favorite ? 'PUT' : 'DELETE',
    token,
    schema: favoriteSchema,
  });
}

// --- Photos --------------------------------------------------------------------------------------------------------

/** Streams a photo from the browser to the API (which checks its bytes); answers with the image `pending`. */
export async function uploadListingPhoto(
  token: string,
  body: ReadableStream<Uint8Array>,
  contentType: string,
  length: string | undefined,
): Promise<MediaImage> {
  return (
    await apiRequest('/v1/media/images?kind=listing-photo', {
      method: 'POST',
      token,
      raw: { body, contentType, length },
      schema: mediaImageResponseSchema,
      timeoutMs: 120_000,
    })
  ).image;
}

export async function getImage(token: string, id: string): Promise<MediaImage> {
  return (
    await apiRequest(`/v1/media/images/${encodeURIComponent(id)}`, {
      token,
      schema: mediaImageResponseSchema,
    })
  ).image;
}
