import { type SearchResponse, searchSorts } from '@tarodan/contracts';
import { ArrowUpDown, X } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ListingGrid } from '@/components/listings/listing-grid';
import { Pagination } from '@/components/listings/pagination';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { getSearchMessages } from '@/lib/i18n/search-messages';
import { emptySearchState, type SearchState, searchHref, searchQueryString } from '@/lib/search-state';
import { FacetFields } from './facet-fields';
import { activeChips, type FacetContext, facetGroups, freeShippingCount } from './facet-model';
import { decadeLinks, priceLinks, ratingOptions, yearBounds } from './range-options';
import { FilterPanel, FilterToggle, NoScriptSubmit, SearchForm, SheetDone } from './search-form';

type Props = {
  context: FacetContext;
  /** The localized search page (`/ara`, `/en/ara`): the filter form and the chips lead there. */
  action: string;
  state: SearchState;
  response: SearchResponse;
  /** The address of page `n` (a landing page keeps its own). */
  pageHref: (n: number) => string;
  /** Shown instead of the grid when nothing matched. */
  empty: ReactNode;
};

const control =
  'h-10 rounded-sm border border-line bg-surface pl-3 pr-8 text-sm font-medium text-ink shadow-sm hover:border-ink/25 focus:border-accent/60 focus:outline-none focus:ring-4 focus:ring-accent/10';

/**
 * Facets beside the results (a sheet on phones), active filters as chips, count, sort, grid and pages. All of it
 * sits in one GET form, so it works without JavaScript and applies each change at once with it.
 */
export function SearchView({ context, action, state, response, pageHref, empty }: Props) {
  const { locale } = context;
  const t = getSearchMessages(locale);
  const browse = getListingMessages(locale).browse;
  const groups = facetGroups(response, state, context);
  const chips = activeChips(action, state, groups, locale);
  const totalPages = Math.max(1, Math.ceil(Math.min(response.total, 10_000) / response.limit));
  const sort = state.sort ?? (state.q ? 'relevance' : 'newest');
  const sorts = state.q ? searchSorts : searchSorts.filter((s) => s !== 'relevance');
  return (
    <SearchForm
      action={action}
      stateKey={searchQueryString(state)}
      className="mt-6 grid gap-8 lg:grid-cols-[264px_minmax(0,1fr)]"
    >
      {state.q ? <input type="hidden" name="q" value={state.q} /> : null}
      <FilterPanel
        title={t.filters}
        close={t.closeFilters}
        footer={
          <SheetDone
            label={t.showResults(response.total)}
            className={buttonClasses('primary', 'lg', 'w-full')}
          />
        }
      >
        <FacetFields
          groups={groups}
          state={state}
          prices={priceLinks(action, response, state, locale)}
          decades={decadeLinks(action, response, state, locale)}
          years={yearBounds(response)}
          ratings={ratingOptions(response, state, locale)}
          freeShipping={freeShippingCount(response)}
          t={t}
        />
        <NoScriptSubmit className={buttonClasses('secondary', 'md', 'mt-4 hidden w-full lg:inline-flex')}>
          {t.apply}
        </NoScriptSubmit>
      </FilterPanel>

      <div id="sonuclar" className="min-w-0 transition-opacity group-data-[pending]/search:opacity-60">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm font-medium text-ink-muted" data-testid="result-count" aria-live="polite">
            {t.count(response.total)}
            {totalPages > 1 ? (
              <span className="text-ink-subtle"> · {t.pageOf(state.page, totalPages)}</span>
            ) : null}
          </p>
          <div className="flex w-full min-w-0 items-center gap-2 sm:w-auto">
            <FilterToggle label={t.showFilters} count={chips.length} />
            <label
              htmlFor="sort"
              className="inline-flex shrink-0 items-center gap-1.5 text-sm font-medium text-ink-muted"
            >
              <ArrowUpDown className="h-4 w-4" aria-hidden="true" />
              <span className="sr-only sm:not-sr-only">{t.sortLabel}</span>
            </label>
            <select
              id="sort"
              name="sort"
              defaultValue={sort}
              className={cn(control, 'min-w-0 flex-1 sm:flex-none')}
              data-testid="sort-select"
            >
              {sorts.map((value) => (
                <option key={value} value={value}>
                  {t.sorts[value]}
                </option>
              ))}
            </select>
            <NoScriptSubmit className={buttonClasses('secondary', 'sm', 'h-10')}>{t.apply}</NoScriptSubmit>
          </div>
        </div>

        {chips.length > 0 ? (
          <div className="mt-4 flex flex-wrap items-center gap-2" data-testid="active-filters">
            <h2 className="sr-only">{t.activeFilters}</h2>
            {chips.map((chip) => (
              <Link
                key={chip.key}
                href={chip.href}
                scroll={false}
                aria-label={t.remove(chip.label)}
                className="inline-flex items-center gap-1.5 rounded-full border border-ink/15 bg-muted py-1.5 pl-3 pr-2 text-sm font-medium text-ink transition-colors hover:border-accent/40 hover:bg-accent-soft"
                data-testid="filter-chip"
              >
                {chip.label}
                <X className="h-3.5 w-3.5 text-ink-muted" aria-hidden="true" />
              </Link>
            ))}
            <Link
              href={searchHref(action, emptyOf(state))}
              scroll={false}
              className="px-2 text-sm font-semibold text-accent-hover underline-offset-4 hover:underline"
              data-testid="clear-filters"
            >
              {t.clearAll}
            </Link>
          </div>
        ) : null}

        <div className="mt-6">
          {response.items.length === 0 ? (
            empty
          ) : (
            <>
              <ListingGrid listings={response.items} locale={locale} />
              <Pagination page={state.page} totalPages={totalPages} hrefOf={pageHref} labels={browse} />
            </>
          )}
        </div>
      </div>
    </SearchForm>
  );
}

/** The same words and sort with every filter cleared. */
function emptyOf(state: SearchState): SearchState {
  return { ...emptySearchState, q: state.q, sort: state.sort };
}
