import { formatDate, type ListingSeller, type Locale } from '@tarodan/contracts';
import { ChevronRight, MapPin, Star } from 'lucide-react';
import Link from 'next/link';
import { Avatar } from '@/components/ui/avatar';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath } from '@/lib/i18n/locale';

/** The seller in one card: name, city, since when, rating (one tap away) and a link to their storefront. */
export function SellerCard({ seller, locale }: { seller: ListingSeller; locale: Locale }) {
  const t = getListingMessages(locale).seller;
  const rating = seller.rating === null ? t.noRating : t.rating(seller.rating.toFixed(1), seller.ratingCount);
  return (
    <section aria-labelledby="seller-title" className="rounded-lg border border-line bg-surface p-4">
      <h2 id="seller-title" className="text-sm font-semibold uppercase tracking-wide text-ink-subtle">
        {t.title}
      </h2>
      <Link
        href={localePath(locale, `/satici/${seller.id}`)}
        className="group mt-3 flex items-center gap-3 rounded-md"
        data-testid="seller-link"
      >
        <Avatar name={seller.storeName ?? seller.displayName} url={seller.avatarUrl} size="md" />
        <span className="min-w-0 flex-1">
          <span className="block truncate font-semibold text-ink group-hover:text-accent-hover">
            {seller.storeName ?? seller.displayName}
          </span>
          {seller.storeName ? (
            <span className="block truncate text-sm text-ink-muted">{seller.displayName}</span>
          ) : null}
          <span className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-ink-muted">
            {seller.city ? (
              <span className="inline-flex items-center gap-1">
                <MapPin className="h-3.5 w-3.5" aria-hidden="true" />
                {seller.city}
              </span>
            ) : null}
            <span>{t.memberSince(formatDate(seller.memberSince, locale))}</span>
          </span>
          <span className="mt-0.5 flex items-center gap-1 text-sm text-ink-muted">
            <Star className="h-3.5 w-3.5" aria-hidden="true" />
            {rating}
          </span>
        </span>
        <ChevronRight className="h-5 w-5 shrink-0 text-ink-subtle" aria-hidden="true" />
        <span className="sr-only">{t.visit}</span>
      </Link>
    </section>
  );
}
