import { formatTry, type ListingDetail, type Locale } from '@tarodan/contracts';
import { Handshake, Heart, ShieldCheck } from 'lucide-react';
import { ConditionBadge, FlagBadge } from '@/components/listings/condition-badge';
import { ButtonLink } from '@/components/ui/button';
import { signInPath } from '@/lib/auth';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath } from '@/lib/i18n/locale';
import { FavoriteButton } from './favorite-button';

type Props = { listing: ListingDetail; locale: Locale; csrf: string; signedIn: boolean };

/** Title, the price in bold, condition and flags, offers note and the favorite button: the top of the buy box. */
export function ListingSummary({ listing, locale, csrf, signedIn }: Props) {
  const t = getListingMessages(locale);
  const count = t.detail.favoriteCount(listing.favoriteCount);
  return (
    <div className="flex flex-col gap-4">
      <div>
        {listing.brand ? (
          <p className="text-sm font-semibold uppercase tracking-wide text-ink-subtle">
            {listing.brand.name}
          </p>
        ) : null}
        <h1
          className="mt-1 text-2xl font-extrabold leading-tight tracking-[-0.025em] text-ink sm:text-3xl"
          data-testid="listing-title"
        >
          {listing.title}
        </h1>
      </div>
      <p
        className="text-3xl font-extrabold tracking-[-0.02em] text-ink tabular-nums"
        data-testid="listing-price"
      >
        {formatTry(listing.priceKurus, locale)}
      </p>
      <div className="flex flex-wrap items-center gap-1.5">
        <ConditionBadge
          grade={listing.condition}
          label={t.condition[listing.condition]}
          className="text-sm"
        />
        <span className="rounded-full bg-muted px-2 py-0.5 text-sm font-medium text-ink-muted">
          {t.packaging[listing.packaging]}
        </span>
        {listing.badges.map((badge) => (
          <FlagBadge key={badge.key} label={badge.label} />
        ))}
      </div>
      {listing.acceptsOffers ? (
        <p
          className="inline-flex items-center gap-2 text-[15px] font-medium text-ink"
          data-testid="accepts-offers"
        >
          <Handshake className="h-5 w-5 text-accent-hover" aria-hidden="true" />
          {t.detail.acceptsOffers}
        </p>
      ) : null}
      {signedIn ? (
        <FavoriteButton
          locale={locale}
          csrf={csrf}
          listingId={listing.id}
          favorited={listing.isFavorite}
          labels={{ favorite: t.detail.favorite, unfavorite: t.detail.unfavorite, count }}
        />
      ) : (
        <ButtonLink
          href={signInPath(locale, localePath(locale, listing.path))}
          variant="secondary"
          size="lg"
          className="w-full"
          data-testid="favorite-sign-in"
        >
          <Heart className="h-5 w-5 text-ink-muted" aria-hidden="true" />
          {t.detail.favorite}
          <span className="font-normal text-ink-muted">· {count}</span>
        </ButtonLink>
      )}
      <p className="flex items-start gap-2 rounded-md bg-success-soft px-3 py-2.5 text-sm leading-6 text-ink">
        <ShieldCheck className="mt-0.5 h-4 w-4 shrink-0 text-success" aria-hidden="true" />
        {t.detail.escrow}
      </p>
    </div>
  );
}
