import { formatTry, type Locale, type OwnListing } from '@tarodan/contracts';
import { ImageOff, Pencil } from 'lucide-react';
import Link from 'next/link';
import { ListingPicture } from '@/components/listings/listing-picture';
import { StatusBadge } from '@/components/listings/status-badge';
import { ButtonLink } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath } from '@/lib/i18n/locale';
import { getMyListingsMessages } from '@/lib/i18n/my-listings-messages';
import { placeholderOf } from '@/lib/image-placeholder';
import { LifecycleButtons } from './lifecycle-buttons';

type Props = { listing: OwnListing; locale: Locale; csrf: string };

const EDITABLE = new Set(['draft', 'rejected', 'pending_review', 'active', 'paused']);

/** One of the member's listings: photo, title, price, status, why it was held back, and what they can do next. */
export function ListingRow({ listing, locale, csrf }: Props) {
  const t = getMyListingsMessages(locale).listings;
  const l = getListingMessages(locale);
  const edit = localePath(locale, `/sat/ilan/${listing.id}/bilgiler`);
  const visible = listing.status === 'active' || listing.status === 'sold';
  const href = visible ? localePath(locale, listing.path) : edit;
  return (
    <li
      className="flex items-start gap-3 p-4 sm:gap-4 sm:p-5"
      data-testid="my-listing"
      data-listing-id={listing.id}
      data-status={listing.status}
    >
      <Link href={href} className="shrink-0 self-start" tabIndex={-1} aria-hidden="true">
        {listing.cover ? (
          <ListingPicture
            image={listing.cover}
            alt=""
            sizes="96px"
            placeholder={placeholderOf(listing.cover)}
            className="h-20 w-20 rounded-md sm:h-24 sm:w-24"
          />
        ) : (
          <span className="flex h-20 w-20 items-center justify-center rounded-md bg-muted text-ink-subtle sm:h-24 sm:w-24">
            <ImageOff className="h-6 w-6" />
          </span>
        )}
      </Link>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={listing.status} label={l.status[listing.status]} />
          <span className="text-xs text-ink-subtle">
            {t.updated(formatDateTime(listing.updatedAt, locale))}
          </span>
        </div>
        <h3 className="mt-1.5 font-semibold leading-6 text-ink">
          <Link href={href} className="hover:text-accent-hover" data-testid="my-listing-title">
            {listing.title || t.untitled}
          </Link>
        </h3>
        <p className="mt-0.5 font-bold tabular-nums text-ink">{formatTry(listing.priceKurus, locale)}</p>
        {listing.status === 'rejected' && listing.rejectionReason ? (
          <p
            className="mt-2 rounded-md bg-accent-soft px-3 py-2 text-sm leading-6 text-ink"
            data-testid="rejection-reason"
          >
            <span className="font-semibold">{t.rejected}:</span> {listing.rejectionReason}
          </p>
        ) : null}
        {listing.status === 'pending_review' && listing.findings.length > 0 ? (
          <div
            className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm leading-6 text-ink"
            data-testid="findings"
          >
            <p className="font-semibold">{t.findings}:</p>
            <ul className="list-disc pl-5">
              {listing.findings.map((finding) => (
                <li key={`${finding.rule}-${finding.field}`}>{finding.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="mt-3 flex flex-wrap items-start gap-2">
          {EDITABLE.has(listing.status) ? (
            <ButtonLink href={edit} size="sm" variant="ghost" className="px-2" data-testid="edit-listing">
              <Pencil className="h-4 w-4" aria-hidden="true" />
              {t.edit}
            </ButtonLink>
          ) : null}
          <LifecycleButtons
            locale={locale}
            csrf={csrf}
            listingId={listing.id}
            allowed={listing.allowedActions}
          />
        </div>
      </div>
    </li>
  );
}
