import { type ListingCard as Card, formatTry, type Locale } from '@tarodan/contracts';
import { Heart, ImageOff, Truck } from 'lucide-react';
import Link from 'next/link';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath } from '@/lib/i18n/locale';
import { placeholderOf } from '@/lib/image-placeholder';
import { ConditionBadge, FlagBadge } from './condition-badge';
import { ListingPicture } from './listing-picture';

/** 2 columns on phones, 3 on tablets, 4 on desktops: the widths `sizes` tells the browser. */
export const GRID_SIZES = '(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw';

type Props = { listing: Card; locale: Locale; priority?: boolean };

/** Photo first, then the price in bold, the title and the badges a collector scans for. */
export function ListingCard({ listing, locale, priority }: Props) {
  const t = getListingMessages(locale);
  const href = localePath(locale, listing.path);
  return (
    <article className="group relative flex flex-col" data-testid="listing-card" data-listing-id={listing.id}>
      <div className="relative">
        {listing.cover ? (
          <ListingPicture
            image={listing.cover}
            alt={listing.title}
            sizes={GRID_SIZES}
            placeholder={placeholderOf(listing.cover)}
            priority={priority}
            className="aspect-square rounded-lg ring-1 ring-line/60 transition group-hover:ring-ink/20"
          />
        ) : (
          <div className="flex aspect-square flex-col items-center justify-center gap-2 rounded-lg bg-muted text-ink-subtle">
            <ImageOff className="h-7 w-7" aria-hidden="true" />
            <span className="text-xs">{t.card.noPhoto}</span>
          </div>
        )}
        {listing.status === 'sold' ? (
          <span className="absolute left-2 top-2 rounded-full bg-ink/85 px-2.5 py-1 text-xs font-bold uppercase tracking-wide text-white">
            {t.card.sold}
          </span>
        ) : null}
        {listing.favoriteCount > 0 ? (
          <span
            className="absolute bottom-2 right-2 inline-flex items-center gap-1 rounded-full bg-surface/90 px-2 py-1 text-xs font-semibold text-ink shadow-sm backdrop-blur"
            title={t.card.favorites(listing.favoriteCount)}
            data-testid="favorite-count"
          >
            <Heart className="h-3.5 w-3.5" aria-hidden="true" />
            <span className="sr-only">{t.card.favorites(listing.favoriteCount)}</span>
            <span aria-hidden="true">{listing.favoriteCount}</span>
          </span>
        ) : null}
      </div>
      <div className="mt-2.5 flex min-w-0 flex-col gap-1 px-0.5">
        <p
          className="text-[17px] font-extrabold tracking-[-0.01em] text-ink tabular-nums"
          data-testid="card-price"
        >
          {formatTry(listing.priceKurus, locale)}
        </p>
        <h3 className="line-clamp-2 text-sm leading-5 text-ink-muted">
          <Link
            href={href}
            className="after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none group-focus-within:text-ink"
          >
            {listing.title}
          </Link>
        </h3>
        {listing.brand ? (
          <p className="truncate text-xs font-medium text-ink-subtle">{listing.brand.name}</p>
        ) : null}
        <div className="mt-1 flex flex-wrap items-center gap-1">
          <ConditionBadge grade={listing.condition} label={t.condition[listing.condition]} />
          {listing.badges.map((badge) => (
            <FlagBadge key={badge.key} label={badge.label} />
          ))}
        </div>
        {listing.freeShipping ? (
          <p className="mt-0.5 inline-flex items-center gap-1 text-xs font-semibold text-success">
            <Truck className="h-3.5 w-3.5" aria-hidden="true" />
            {t.card.freeShipping}
          </p>
        ) : null}
      </div>
    </article>
  );
}
