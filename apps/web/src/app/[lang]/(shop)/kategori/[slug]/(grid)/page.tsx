import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { browseHref, browseParams } from '@/components/listings/browse-params';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Container } from '@/components/ui/container';
import { JsonLd } from '@/components/ui/json-ld';
import { getCategory } from '@/lib/api';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getSearchMessages } from '@/lib/i18n/search-messages';
import type { SearchParams } from '@/lib/search-params';
import { pageMetadata } from '@/lib/seo';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { CategoryBrands } from '../category-brands';
import { CategoryHeader } from '../category-header';
import { CategoryListings } from '../category-listings';
import { Subcategories } from '../subcategories';

type Props = { params: { lang: string; slug: string }; searchParams?: SearchParams };

// Unknown slugs never reach this far: layout.tsx answers 404 first.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = toLocale(params.lang);
  const detail = await getCategory(params.slug, locale);
  if (!detail) notFound();
  const { category } = detail;
  const t = getDictionary(locale);
  const description = category.description || `${category.name} — ${t.meta.description}`;
  // Sorted views point at the unsorted one; later pages are their own canonical page.
  const { page } = browseParams(searchParams);
  const path = browseHref(`/kategori/${category.slug}`, page, 'newest');
  const title = page > 1 ? `${category.name} · ${page}` : category.name;
  return pageMetadata({ locale, path, title, description });
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const detail = await getCategory(params.slug, locale);
  if (!detail) notFound();
  const { category, path } = detail;
  const t = getDictionary(locale);
  const { page, sort } = browseParams(searchParams);
  const crumbs = [
    { label: t.category.home, href: localePath(locale) },
    ...path.map((node) => ({ label: node.name, href: localePath(locale, `/kategori/${node.slug}`) })),
  ];

  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Container className="pt-6 sm:pt-8">
        <Breadcrumb items={crumbs} label={t.category.breadcrumb} />
        <CategoryHeader category={category} root={path[0]} />
        <Subcategories locale={locale} items={category.children} title={t.categories.subcategories} />
        <CategoryBrands
          locale={locale}
          category={category.slug}
          title={getSearchMessages(locale).landing.popularBrands}
        />
        <CategoryListings locale={locale} slug={category.slug} page={page} sort={sort} t={t.category} />
      </Container>
    </>
  );
}
