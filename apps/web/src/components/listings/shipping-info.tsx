import { formatTry, type ListingDetail, type Locale } from '@tarodan/contracts';
import { Clock, Truck } from 'lucide-react';
import { getListingMessages } from '@/lib/i18n/listing-messages';

/** Who pays for shipping, what it costs, and how soon the seller ships. */
export function ShippingInfo({ listing, locale }: { listing: ListingDetail; locale: Locale }) {
  const t = getListingMessages(locale).shipping;
  const free = listing.shippingPayer === 'seller';
  const fee = listing.shippingFeeKurus > 0 ? t.fee(formatTry(listing.shippingFeeKurus, locale)) : null;
  return (
    <section aria-labelledby="shipping-title" className="rounded-lg border border-line bg-surface p-4">
      <h2 id="shipping-title" className="text-sm font-semibold uppercase tracking-wide text-ink-subtle">
        {t.title}
      </h2>
      <ul className="mt-2 flex flex-col gap-2 text-[15px]" data-testid="shipping-info">
        <li className="flex items-start gap-2.5">
          <Truck className="mt-0.5 h-4 w-4 shrink-0 text-ink-muted" aria-hidden="true" />
          {free ? (
            <span>
              <span className="font-semibold text-success">{t.free}</span>
              <span className="text-ink-muted"> · {t.paidBy.seller}</span>
            </span>
          ) : (
            <span>
              {fee ? <span className="font-medium text-ink">{fee} · </span> : null}
              <span className={fee ? 'text-ink-muted' : 'font-medium text-ink'}>{t.paidBy.buyer}</span>
            </span>
          )}
        </li>
        <li className="flex items-start gap-2.5">
          <Clock className="mt-0.5 h-4 w-4 shrink-0 text-ink-muted" aria-hidden="true" />
          <span className="text-ink">{t.within(listing.shipsWithinDays)}</span>
        </li>
      </ul>
    </section>
  );
}
