import { type ListingDetail, type Locale, listingIdFromSegment } from '@tarodan/contracts';
import { getListing } from '@/lib/listings-api';
import { getSessionToken } from '@/lib/session';

/** The listing behind `/ilan/<slug>-<id>`, seen as the visitor (favorite state, owner preview); memoised. */
export function loadListing(segment: string, locale: Locale): Promise<ListingDetail | null> {
  const id = listingIdFromSegment(decodeURIComponent(segment));
  if (!id) return Promise.resolve(null);
  return getListing(id, locale, getSessionToken());
}

/** The segment the listing lives at now: an old slug redirects here. */
export function canonicalSegment(listing: Pick<ListingDetail, 'slug' | 'id'>): string {
  return `${listing.slug}-${listing.id}`;
}
