import type { ListingDetail, Locale } from '@tarodan/contracts';
import Link from 'next/link';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath } from '@/lib/i18n/locale';

type Row = { label: string; value: React.ReactNode; key: string };

/** Every fact a collector checks, in one table: the fixed ones first, then the category's attributes. */
export function ListingAttributes({ listing, locale }: { listing: ListingDetail; locale: Locale }) {
  const t = getListingMessages(locale);
  const rows: Row[] = [
    { key: 'condition', label: t.detail.condition, value: t.condition[listing.condition] },
    { key: 'packaging', label: t.detail.packaging, value: t.packaging[listing.packaging] },
    { key: 'authenticity', label: t.detail.authenticity, value: t.authenticity[listing.authenticity] },
  ];
  if (listing.brand) rows.push({ key: 'brand', label: t.detail.brand, value: listing.brand.name });
  rows.push({
    key: 'category',
    label: t.detail.category,
    value: (
      <Link
        href={localePath(locale, `/kategori/${listing.category.slug}`)}
        className="underline decoration-line underline-offset-4 hover:text-accent-hover"
      >
        {listing.category.name}
      </Link>
    ),
  });
  // A flag that is not set (no Treasure Hunt) says nothing: only the true ones are listed.
  for (const attribute of listing.attributes.filter((value) => value.value !== false)) {
    rows.push({ key: attribute.key, label: attribute.label, value: attribute.display });
  }
  if (listing.quantity > 1) rows.push({ key: 'quantity', label: t.detail.quantity, value: listing.quantity });
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title" className="text-lg font-bold tracking-[-0.01em] text-ink">
        {t.detail.details}
      </h2>
      <dl
        className="mt-3 divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface"
        data-testid="listing-attributes"
      >
        {rows.map((row) => (
          <div
            key={row.key}
            className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-4 px-4 py-3 text-[15px]"
          >
            <dt className="text-ink-muted">{row.label}</dt>
            <dd className="font-medium text-ink" data-attribute={row.key}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
