import { notFound, permanentRedirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { canonicalSegment, loadListing } from './load-listing';

type Props = { children: ReactNode; params: { lang: string; segment: string } };

/**
 * Before anything streams: an unknown listing is a real 404, and an old slug (the title changed) a permanent
 * redirect to the current address, so every listing has one URL. The page reuses this request's answer.
 */
export default async function ListingLayout({ children, params }: Props) {
  const locale = toLocale(params.lang);
  const listing = await loadListing(params.segment, locale);
  if (!listing) notFound();
  if (decodeURIComponent(params.segment) !== canonicalSegment(listing)) {
    permanentRedirect(localePath(locale, listing.path));
  }
  return children;
}
