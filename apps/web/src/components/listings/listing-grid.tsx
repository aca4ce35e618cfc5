import type { ListingCard as Card, Locale } from '@tarodan/contracts';
import { ListingCard } from './listing-card';

/** The photo grid every browse page shares; the first row loads eagerly (it is usually the LCP). */
export function ListingGrid({ listings, locale }: { listings: Card[]; locale: Locale }) {
  return (
    <ul
      className="grid grid-cols-2 gap-x-3 gap-y-6 sm:grid-cols-3 sm:gap-x-4 lg:grid-cols-4 lg:gap-x-5 lg:gap-y-8"
      data-testid="listing-grid"
    >
      {listings.map((listing, index) => (
        <li key={listing.id}>
          <ListingCard listing={listing} locale={locale} priority={index < 4} />
        </li>
      ))}
    </ul>
  );
}
