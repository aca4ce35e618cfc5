import type { ListingCard, ListingSort, Locale, Page } from '@tarodan/contracts';
import type { ReactNode } from 'react';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { LISTINGS_PER_PAGE } from '@/lib/listings-api';
import { browseHref } from './browse-params';
import { ListingGrid } from './listing-grid';
import { Pagination } from './pagination';
import { SortSelect } from './sort-select';

type Props = {
  locale: Locale;
  /** The localized path of the page (`/kategori/lego`, `/en/satici/…`). */
  path: string;
  result: Page<ListingCard>;
  page: number;
  sort: ListingSort;
  /** Shown instead of the grid when there is nothing on this page. */
  empty: ReactNode;
};

/** Count and sort above, the grid, pages below: a category page and a storefront look the same. */
export function BrowseResults({ locale, path, result, page, sort, empty }: Props) {
  const t = getListingMessages(locale).browse;
  const totalPages = Math.max(1, Math.ceil(result.total / LISTINGS_PER_PAGE));
  if (result.items.length === 0) return <>{empty}</>;
  return (
    <>
      <div className="mb-5 flex items-center justify-between gap-3">
        <p className="text-sm font-medium text-ink-muted" data-testid="listing-count">
          {t.count(result.total)}
          {totalPages > 1 ? <span className="text-ink-subtle"> · {t.pageOf(page, totalPages)}</span> : null}
        </p>
        <SortSelect action={path} value={sort} label={t.sortLabel} apply={t.apply} options={t.sorts} />
      </div>
      <ListingGrid listings={result.items} locale={locale} />
      <Pagination page={page} totalPages={totalPages} hrefOf={(n) => browseHref(path, n, sort)} labels={t} />
    </>
  );
}
