import { type ListingStatus, listingStatuses } from '@tarodan/contracts';
import { PackagePlus, Plus } from 'lucide-react';
import type { Metadata } from 'next';
import { browseParams } from '@/components/listings/browse-params';
import { Pagination } from '@/components/listings/pagination';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { withSession } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getMyListingsMessages } from '@/lib/i18n/my-listings-messages';
import { privatePageMetadata } from '@/lib/metadata';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { myListings } from '@/lib/seller-listings-api';
import { SettingsSection } from '../_components/settings-section';
import { ListingRow } from './listing-row';
import { StatusTabs } from './status-tabs';

type Props = { params: { lang: string }; searchParams?: SearchParams };

const PER_PAGE = 24;

export function generateMetadata({ params }: Props): Metadata {
  const locale = toLocale(params.lang);
  return privatePageMetadata(
    `${getMyListingsMessages(locale).listings.title} · ${getAccountMessages(locale).title}`,
  );
}

/** The member's listings with a tab per status, each with the actions its state allows. */
export default async function MyListingsPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const raw = firstParam(searchParams, 'durum');
  const status = listingStatuses.find((value) => value === raw) as ListingStatus | undefined;
  const { page } = browseParams(searchParams);
  const result = await withSession(locale, (token) =>
    myListings(token, locale, status, (page - 1) * PER_PAGE, PER_PAGE),
  );
  const t = getMyListingsMessages(locale).listings;
  const base = localePath(locale, '/hesabim/ilanlarim');
  const csrf = getCsrfToken();
  const totalPages = Math.max(1, Math.ceil(result.total / PER_PAGE));
  const pageHref = (n: number) => {
    const query = new URLSearchParams();
    if (status) query.set('durum', status);
    if (n > 1) query.set('sayfa', String(n));
    return query.size > 0 ? `${base}?${query}` : base;
  };
  return (
    <SettingsSection id="my-listings" title={t.title} lead={t.lead}>
      <div className="flex flex-col gap-5">
        <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <StatusTabs
            base={base}
            current={status}
            label={t.tabsLabel}
            all={t.all}
            statuses={listingStatuses}
            names={getListingMessages(locale).status}
          />
          <ButtonLink href={localePath(locale, '/sat/ilan')} className="shrink-0" data-testid="new-listing">
            <Plus className="h-4 w-4" aria-hidden="true" />
            {t.newListing}
          </ButtonLink>
        </div>
        {result.items.length === 0 ? (
          <EmptyState
            icon={<PackagePlus className="h-7 w-7" aria-hidden="true" />}
            title={status ? t.emptyStatusTitle : t.emptyTitle}
            description={status ? t.emptyStatusLead : t.emptyLead}
          />
        ) : (
          <ul
            className="divide-y divide-line overflow-hidden rounded-md border border-line"
            data-testid="my-listings"
          >
            {result.items.map((listing) => (
              <ListingRow key={listing.id} listing={listing} locale={locale} csrf={csrf} />
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          totalPages={totalPages}
          hrefOf={pageHref}
          labels={getListingMessages(locale).browse}
        />
      </div>
    </SettingsSection>
  );
}
