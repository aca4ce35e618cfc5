import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { toLocale } from '@/lib/i18n/locale';
import { loadOwnListing } from '../_lib/load-own-listing';

type Props = { children: ReactNode; params: { lang: string; id: string } };

/** A listing that is not the member's (or does not exist) is a 404 before any step renders. */
export default async function OwnListingLayout({ children, params }: Props) {
  const listing = await loadOwnListing(params.id, toLocale(params.lang));
  if (!listing) notFound();
  return children;
}
