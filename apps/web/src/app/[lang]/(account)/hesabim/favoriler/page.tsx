import { Heart } from 'lucide-react';
import type { Metadata } from 'next';
import { browseParams } from '@/components/listings/browse-params';
import { ListingGrid } from '@/components/listings/listing-grid';
import { Pagination } from '@/components/listings/pagination';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { withSession } from '@/lib/auth';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getMyListingsMessages } from '@/lib/i18n/my-listings-messages';
import { privatePageMetadata } from '@/lib/metadata';
import type { SearchParams } from '@/lib/search-params';
import { myFavorites } from '@/lib/seller-listings-api';
import { SettingsSection } from '../_components/settings-section';

type Props = { params: { lang: string }; searchParams?: SearchParams };

const PER_PAGE = 48;

export function generateMetadata({ params }: Props): Metadata {
  const locale = toLocale(params.lang);
  return privatePageMetadata(
    `${getMyListingsMessages(locale).favorites.title} · ${getAccountMessages(locale).title}`,
  );
}

/** The member's favorites, newest favorite first. */
export default async function FavoritesPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const { page } = browseParams(searchParams);
  const result = await withSession(locale, (token) =>
    myFavorites(token, locale, (page - 1) * PER_PAGE, PER_PAGE),
  );
  const t = getMyListingsMessages(locale).favorites;
  const base = localePath(locale, '/hesabim/favoriler');
  const totalPages = Math.max(1, Math.ceil(result.total / PER_PAGE));
  return (
    <SettingsSection id="favorites" title={t.title} lead={t.lead}>
      {result.items.length === 0 ? (
        <EmptyState
          icon={<Heart className="h-7 w-7" aria-hidden="true" />}
          title={t.emptyTitle}
          description={t.emptyLead}
          actions={
            <ButtonLink href={`${localePath(locale)}#kategoriler`} size="lg">
              {t.browse}
            </ButtonLink>
          }
        />
      ) : (
        <div data-testid="favorites">
          <ListingGrid listings={result.items} locale={locale} />
          <Pagination
            page={page}
            totalPages={totalPages}
            hrefOf={(n) => (n > 1 ? `${base}?sayfa=${n}` : base)}
            labels={getListingMessages(locale).browse}
          />
        </div>
      )}
    </SettingsSection>
  );
}
