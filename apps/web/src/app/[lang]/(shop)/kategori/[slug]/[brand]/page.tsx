import type { Brand } from '@tarodan/contracts';
import { PackageOpen, SlidersHorizontal } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchView } from '@/components/search/search-view';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { JsonLd } from '@/components/ui/json-ld';
import { getCategories } from '@/lib/api';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getSearchMessages } from '@/lib/i18n/search-messages';
import { getBrandNames } from '@/lib/search-api';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { searchHref } from '@/lib/search-state';
import { pageMetadata } from '@/lib/seo';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { CategoryBrands } from '../category-brands';
import { landingPage, loadLanding } from './load-landing';

type Props = { params: { lang: string; slug: string; brand: string }; searchParams?: SearchParams };

const pathOf = (category: string, brand: string, page: number) =>
  `/kategori/${category}/${brand}${page > 1 ? `?sayfa=${page}` : ''}`;

// Unknown pairs never reach this far: layout.tsx answers 404 first.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = toLocale(params.lang);
  const page = landingPage(firstParam(searchParams, 'sayfa'));
  const landing = await loadLanding(params.slug, params.brand, page, locale);
  if (!landing) notFound();
  const t = getSearchMessages(locale).landing;
  const { brand, detail, outcome } = landing;
  const title = t.title(brand.name, detail.category.name);
  // Each page of the pair is its own canonical page; filters and sorts live on /ara (noindex) instead.
  return pageMetadata({
    locale,
    path: pathOf(detail.category.slug, brand.slug, page),
    title: page > 1 ? `${title} · ${page}` : title,
    description: t.description(brand.name, detail.category.name, outcome.response.total),
  });
}

/** `/kategori/<category>/<brand>`: the pair's listings with facets that lead on to /ara. */
export default async function LandingPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const page = landingPage(firstParam(searchParams, 'sayfa'));
  const landing = await loadLanding(params.slug, params.brand, page, locale);
  if (!landing) notFound();
  const { brand, detail, state, outcome } = landing;
  const t = getSearchMessages(locale);
  const dictionary = getDictionary(locale);
  const [categories, brands] = await Promise.all([
    getCategories(locale).catch(() => []),
    getBrandNames().catch(() => new Map<string, Brand>([[brand.slug, brand]])),
  ]);
  const title = t.landing.title(brand.name, detail.category.name);
  const crumbs = [
    { label: dictionary.category.home, href: localePath(locale) },
    ...detail.path.map((node) => ({ label: node.name, href: localePath(locale, `/kategori/${node.slug}`) })),
    { label: brand.name, href: localePath(locale, pathOf(detail.category.slug, brand.slug, 1)) },
  ];
  const action = localePath(locale, '/ara');
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Container className="pt-6 sm:pt-8">
        <Breadcrumb items={crumbs} label={dictionary.category.breadcrumb} />
        <header className="mt-5 flex flex-wrap items-end justify-between gap-4">
          <div className="max-w-2xl">
            <h1
              className="text-[1.75rem] font-extrabold leading-tight tracking-[-0.03em] text-ink sm:text-4xl"
              data-testid="landing-title"
            >
              {title}
            </h1>
            <p className="mt-2 leading-7 text-ink-muted">
              {t.landing.lead(brand.name, detail.category.name)}
            </p>
          </div>
          <ButtonLink href={searchHref(action, { ...state, page: 1 })} variant="secondary" size="sm">
            <SlidersHorizontal className="h-4 w-4" aria-hidden="true" />
            {t.landing.refine}
          </ButtonLink>
        </header>
        <CategoryBrands
          locale={locale}
          category={detail.category.slug}
          exclude={brand.slug}
          title={t.landing.otherBrands(detail.category.name)}
          limit={10}
        />
        <SearchView
          context={{ locale, categories, brands }}
          action={action}
          state={state}
          response={outcome.response}
          pageHref={(n) => localePath(locale, pathOf(detail.category.slug, brand.slug, n))}
          empty={
            <EmptyState
              icon={<PackageOpen className="h-7 w-7" aria-hidden="true" />}
              title={t.emptyTitle('')}
              description={t.emptyLead}
            />
          }
        />
      </Container>
    </>
  );
}
