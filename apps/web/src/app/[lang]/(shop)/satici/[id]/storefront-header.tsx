import { formatDate, type Locale, type Storefront } from '@tarodan/contracts';
import { MapPin, Package, Star } from 'lucide-react';
import { Avatar } from '@/components/ui/avatar';
import { getListingMessages } from '@/lib/i18n/listing-messages';

type Props = { seller: Storefront['seller']; locale: Locale };

/** Who sells here: avatar, name, city, member since, rating (a placeholder until reviews arrive) and bio. */
export function StorefrontHeader({ seller, locale }: Props) {
  const t = getListingMessages(locale).seller;
  const rating = seller.rating === null ? t.noRating : t.rating(seller.rating.toFixed(1), seller.ratingCount);
  return (
    <header className="mt-5 flex flex-col gap-4 rounded-lg border border-line bg-surface p-5 sm:flex-row sm:items-center sm:gap-6 sm:p-7">
      <Avatar name={seller.storeName ?? seller.displayName} url={seller.avatarUrl} size="lg" />
      <div className="min-w-0 flex-1">
        <h1
          className="truncate text-2xl font-extrabold tracking-[-0.03em] text-ink sm:text-3xl"
          data-testid="storefront-name"
        >
          {seller.storeName ?? seller.displayName}
        </h1>
        {seller.storeName ? <p className="text-sm text-ink-muted">{seller.displayName}</p> : null}
        <ul className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
          {seller.city ? (
            <li className="inline-flex items-center gap-1">
              <MapPin className="h-4 w-4" aria-hidden="true" />
              {seller.city}
            </li>
          ) : null}
          <li>{t.memberSince(formatDate(seller.memberSince, locale))}</li>
          <li className="inline-flex items-center gap-1">
            <Package className="h-4 w-4" aria-hidden="true" />
            {t.activeListings(seller.activeListings)}
          </li>
          <li className="inline-flex items-center gap-1" data-testid="storefront-rating">
            <Star className="h-4 w-4" aria-hidden="true" />
            {rating}
          </li>
        </ul>
        {seller.bio ? (
          <p className="mt-3 max-w-2xl whitespace-pre-line leading-7 text-ink">{seller.bio}</p>
        ) : null}
      </div>
    </header>
  );
}
