import { formatTry, type Locale, type OwnListing } from '@tarodan/contracts';
import { ImageOff } from 'lucide-react';
import { ConditionBadge, FlagBadge } from '@/components/listings/condition-badge';
import { ListingAttributes } from '@/components/listings/listing-attributes';
import { ListingPicture } from '@/components/listings/listing-picture';
import { ShippingInfo } from '@/components/listings/shipping-info';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { placeholderOf } from '@/lib/image-placeholder';

/** The listing as buyers will see it: cover and photos, price, grades, description, facts and shipping. */
export function ListingPreview({ listing, locale }: { listing: OwnListing; locale: Locale }) {
  const l = getListingMessages(locale);
  const t = getSellFlowMessages(locale).preview;
  const photos = listing.photos.filter((photo) => photo.status === 'ready');
  const [cover, ...rest] = photos;
  return (
    <article
      className="grid gap-6 rounded-lg border border-line bg-surface p-4 sm:p-6 md:grid-cols-2"
      data-testid="listing-preview"
    >
      <div className="flex flex-col gap-2">
        {cover ? (
          <ListingPicture
            image={cover}
            alt={listing.title}
            sizes="(min-width: 768px) 400px, 100vw"
            placeholder={placeholderOf(cover)}
            fit="contain"
            className="aspect-square rounded-md"
          />
        ) : (
          <div className="flex aspect-square flex-col items-center justify-center gap-2 rounded-md bg-muted text-ink-subtle">
            <ImageOff className="h-8 w-8" aria-hidden="true" />
            <span className="text-sm">{t.noPhoto}</span>
          </div>
        )}
        {rest.length > 0 ? (
          <ul className="grid grid-cols-5 gap-2">
            {rest.map((photo) => (
              <li key={photo.id}>
                <ListingPicture
                  image={photo}
                  alt=""
                  sizes="80px"
                  placeholder={placeholderOf(photo)}
                  className="aspect-square rounded-md"
                />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="flex min-w-0 flex-col gap-4">
        <div>
          {listing.brand ? (
            <p className="text-sm font-semibold uppercase tracking-wide text-ink-subtle">
              {listing.brand.name}
            </p>
          ) : null}
          <h2 className="mt-1 text-2xl font-extrabold leading-tight tracking-[-0.02em] text-ink">
            {listing.title}
          </h2>
        </div>
        <p className="text-3xl font-extrabold tabular-nums text-ink" data-testid="preview-price">
          {formatTry(listing.priceKurus, locale)}
        </p>
        <div className="flex flex-wrap gap-1.5">
          <ConditionBadge
            grade={listing.condition}
            label={l.condition[listing.condition]}
            className="text-sm"
          />
          {listing.badges.map((badge) => (
            <FlagBadge key={badge.key} label={badge.label} />
          ))}
        </div>
        {listing.acceptsOffers ? (
          <p className="text-[15px] font-medium text-ink">{l.detail.acceptsOffers}</p>
        ) : null}
        <ShippingInfo listing={listing} locale={locale} />
        <p className="line-clamp-6 whitespace-pre-line leading-7 text-ink-muted">{listing.description}</p>
      </div>
      <div className="md:col-span-2">
        <ListingAttributes listing={listing} locale={locale} />
      </div>
    </article>
  );
}
