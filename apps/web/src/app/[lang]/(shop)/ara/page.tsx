import type { Brand, CategoryNode } from '@tarodan/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SearchView } from '@/components/search/search-view';
import { Alert } from '@/components/ui/alert';
import { Container } from '@/components/ui/container';
import { getCategories } from '@/lib/api';
import { type Locale, localePath, toLocale } from '@/lib/i18n/locale';
import { getSearchMessages } from '@/lib/i18n/search-messages';
import { getBrandNames, searchListings } from '@/lib/search-api';
import type { SearchParams } from '@/lib/search-params';
import { parseSearchState, searchHref, searchQueryString, withChanges } from '@/lib/search-state';
import { pageMetadata } from '@/lib/seo';
import { searchCanonical } from './search-canonical';
import { SearchEmpty } from './search-empty';
import { SearchNotices } from './search-notices';

type Props = { params: { lang: string }; searchParams?: SearchParams };

export function generateMetadata({ params, searchParams }: Props): Metadata {
  const locale = toLocale(params.lang);
  const t = getSearchMessages(locale);
  const { state } = parseSearchState(searchParams ?? {});
  const { path, index } = searchCanonical(state);
  return pageMetadata({
    locale,
    path,
    title: state.q ? t.titleFor(state.q) : t.title,
    description: t.metaDescription,
    noIndex: !index,
  });
}

/** Decoration the page can live without: the facets then show slugs and top-level categories stay hidden. */
async function catalog(locale: Locale): Promise<{ categories: CategoryNode[]; brands: Map<string, Brand> }> {
  const [categories, brands] = await Promise.all([
    getCategories(locale).catch(() => []),
    getBrandNames().catch(() => new Map<string, Brand>()),
  ]);
  return { categories, brands };
}

/** The query string as it came, in order (`?a=1&a=2&b=` → a=1, a=2, b=). */
function entriesOf(searchParams: SearchParams): string[] {
  return Object.entries(searchParams).flatMap(([name, value]) =>
    [value ?? []].flat().map((v) => `${name}=${v}`),
  );
}

/** `/ara`: server-rendered results for the state in the URL; see components/search/search-view.tsx. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const t = getSearchMessages(locale);
  const path = localePath(locale, '/ara');
  const { state: requested, badPrices } = parseSearchState(searchParams ?? {});
  // A submitted form (no JavaScript) sends every field, empty ones too: one redirect to the tidy address of the
  // same search keeps URLs shareable and canonical. Prices that are not prices stay, so the notice can name them.
  const canonical = searchQueryString(requested);
  const tidy = [...new URLSearchParams(canonical)].map(([name, value]) => `${name}=${value}`);
  if (badPrices.length === 0 && entriesOf(searchParams ?? {}).join('&') !== tidy.join('&')) {
    redirect(canonical ? `${path}?${canonical}` : path);
  }
  const [outcome, { categories, brands }] = await Promise.all([
    searchListings(requested, locale).catch(() => null),
    catalog(locale),
  ]);
  const q = outcome?.state.q ?? requested.q;

  return (
    <Container className="pt-6 sm:pt-8">
      <h1
        className="text-[1.75rem] font-extrabold leading-tight tracking-[-0.03em] text-ink sm:text-3xl"
        data-testid="search-title"
      >
        {q ? t.titleFor(q) : t.title}
      </h1>
      {outcome?.response.didYouMean ? (
        <p className="mt-2 text-ink-muted" data-testid="did-you-mean">
          {t.didYouMean}{' '}
          <Link
            href={searchHref(path, withChanges(outcome.state, { q: outcome.response.didYouMean }))}
            className="font-semibold text-accent-hover underline underline-offset-4"
          >
            {outcome.response.didYouMean}
          </Link>
        </p>
      ) : null}
      <SearchNotices notices={outcome?.notices ?? []} badPrices={badPrices} t={t} />
      {outcome ? (
        <SearchView
          context={{ locale, categories, brands }}
          action={path}
          state={outcome.state}
          response={outcome.response}
          pageHref={(n) => searchHref(path, { ...outcome.state, page: n })}
          empty={
            <SearchEmpty
              locale={locale}
              path={path}
              state={outcome.state}
              didYouMean={outcome.response.didYouMean}
            />
          }
        />
      ) : (
        <Alert tone="error" className="mt-6">
          {t.unavailable}
        </Alert>
      )}
    </Container>
  );
}
