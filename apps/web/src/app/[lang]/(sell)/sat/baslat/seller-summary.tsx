import type { Locale, SellerProfile } from '@tarodan/contracts';
import { CircleCheck, Clock, TriangleAlert } from 'lucide-react';
import { cn } from '@/lib/cn';
import { formatDateTime } from '@/lib/format';
import { getSellerMessages } from '@/lib/i18n/seller-messages';

const statusLook = {
  pending: { icon: Clock, style: 'bg-amber-50 text-amber-800 ring-amber-200' },
  active: { icon: CircleCheck, style: 'bg-success-soft text-success ring-success/20' },
  failed: { icon: TriangleAlert, style: 'bg-accent-soft text-accent-hover ring-accent/20' },
};

/** What we hold about the seller, identifiers masked as the API returns them. */
export function SellerSummary({ locale, seller }: { locale: Locale; seller: SellerProfile }) {
  const t = getSellerMessages(locale);
  const { icon: StatusIcon, style } = statusLook[seller.status];
  const rows: [string, string, string?][] = [
    [t.summary.type, t.types[seller.type].title],
    [t.summary.store, seller.storeName],
    [t.summary.contact, `${seller.contactName} ${seller.contactSurname}`],
  ];
  if (seller.legalCompanyTitle) rows.push([t.fields.legalCompanyTitle, seller.legalCompanyTitle]);
  if (seller.identityNumberMasked)
    rows.push([t.summary.identityNumber, seller.identityNumberMasked, 'seller-identity-masked']);
  if (seller.taxNumberMasked) rows.push([t.summary.taxNumber, seller.taxNumberMasked, 'seller-tax-masked']);
  rows.push([t.summary.iban, seller.ibanMasked, 'seller-iban-masked']);
  rows.push([t.summary.updatedAt, formatDateTime(seller.updatedAt, locale)]);
  return (
    <section
      aria-labelledby="seller-summary-title"
      className="rounded-lg border border-line bg-surface p-5 sm:p-7"
      data-testid="seller-summary"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id="seller-summary-title" className="text-lg font-bold text-ink">
          {t.summaryTitle}
        </h2>
        <span
          className={cn(
            'inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm font-semibold ring-1',
            style,
          )}
          data-testid="seller-status"
          data-status={seller.status}
        >
          <StatusIcon className="h-4 w-4" aria-hidden="true" />
          {t.status[seller.status]}
        </span>
      </div>
      <p className="mt-2 leading-7 text-ink-muted">{t.statusText[seller.status]}</p>
      {seller.providerError ? (
        <p className="mt-3 rounded-md bg-accent-soft px-3 py-2 text-sm text-ink">
          <span className="font-semibold">{t.summary.providerError}:</span> {seller.providerError}
        </p>
      ) : null}
      <dl className="mt-5 grid gap-x-8 gap-y-4 sm:grid-cols-2">
        {rows.map(([label, value, testId]) => (
          <div key={label} className="min-w-0">
            <dt className="text-sm text-ink-muted">{label}</dt>
            <dd className="mt-0.5 break-words font-semibold tabular-nums text-ink" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
