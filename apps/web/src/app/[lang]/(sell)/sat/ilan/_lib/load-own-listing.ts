import type { Locale, OwnListing } from '@tarodan/contracts';
import { cache } from 'react';
import { ApiError } from '@/lib/api-client';
import { withSession } from '@/lib/auth';
import { getOwnListing } from '@/lib/seller-listings-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The member's own listing with raw values (GET /v1/listings/:id/edit), once per request; null when not theirs. */
export const loadOwnListing = cache(async (id: string, locale: Locale): Promise<OwnListing | null> => {
  if (!UUID.test(id)) return null;
  try {
    return await withSession(locale, (token) => getOwnListing(token, id, locale));
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return null;
    throw error;
  }
});
