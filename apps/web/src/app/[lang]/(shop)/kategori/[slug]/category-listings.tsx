import type { ListingSort } from '@tarodan/contracts';
import { PackageOpen, Plus } from 'lucide-react';
import { BrowseResults } from '@/components/listings/browse-results';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type Locale, localePath } from '@/lib/i18n/locale';
import { browseListings } from '@/lib/listings-api';

type Props = { locale: Locale; slug: string; page: number; sort: ListingSort; t: Dictionary['category'] };

/** The category's active listings (subcategories included), 48 a page; the empty state invites the first seller. */
export async function CategoryListings({ locale, slug, page, sort, t }: Props) {
  const result = await browseListings({ locale, category: slug, sort, page });
  const empty = (
    <EmptyState
      icon={<PackageOpen className="h-7 w-7" aria-hidden="true" />}
      title={t.emptyTitle}
      description={t.emptyLead}
      actions={
        <>
          <ButtonLink
            href={`${localePath(locale, '/sat/ilan')}?kategori=${encodeURIComponent(slug)}`}
            size="lg"
          >
            <Plus className="h-4 w-4" aria-hidden="true" />
            {t.emptyCta}
          </ButtonLink>
          <ButtonLink href={`${localePath(locale)}#kategoriler`} size="lg" variant="secondary">
            {t.emptyBrowse}
          </ButtonLink>
        </>
      }
    />
  );
  return (
    <section aria-labelledby="listings-title" className="mt-10">
      <h2 id="listings-title" className="sr-only">
        {t.listings}
      </h2>
      <BrowseResults
        locale={locale}
        path={localePath(locale, `/kategori/${slug}`)}
        result={result}
        page={page}
        sort={sort}
        empty={empty}
      />
    </section>
  );
}
