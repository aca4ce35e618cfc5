import type { Locale } from '@tarodan/contracts';
import { SearchX } from 'lucide-react';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { localePath } from '@/lib/i18n/locale';
import { getSearchMessages } from '@/lib/i18n/search-messages';
import { emptySearchState, hasFilters, type SearchState, searchHref, withChanges } from '@/lib/search-state';

type Props = { locale: Locale; path: string; state: SearchState; didYouMean: string | null };

/** Nothing matched: the corrected words first, then fewer filters, then the categories. */
export function SearchEmpty({ locale, path, state, didYouMean }: Props) {
  const t = getSearchMessages(locale);
  return (
    <EmptyState
      icon={<SearchX className="h-7 w-7" aria-hidden="true" />}
      title={t.emptyTitle(state.q)}
      description={t.emptyLead}
      actions={
        <>
          {didYouMean ? (
            <ButtonLink href={searchHref(path, withChanges(state, { q: didYouMean }))} size="lg">
              {t.didYouMean} “{didYouMean}”
            </ButtonLink>
          ) : null}
          {hasFilters(state) ? (
            <ButtonLink
              href={searchHref(path, { ...emptySearchState, q: state.q })}
              size="lg"
              variant={didYouMean ? 'secondary' : 'primary'}
            >
              {t.emptyClear}
            </ButtonLink>
          ) : null}
          <ButtonLink href={`${localePath(locale)}#kategoriler`} size="lg" variant="secondary">
            {t.emptyBrowse}
          </ButtonLink>
        </>
      }
    />
  );
}
