import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Container } from '@/components/ui/container';
import { JsonLd } from '@/components/ui/json-ld';
import { getCategory } from '@/lib/api';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/seo';
import { siteUrl } from '@/lib/site';
import { CategoryHeader } from './category-header';
import { CategoryListings } from './category-listings';
import { Subcategories } from './subcategories';

type Props = { params: { lang: string; slug: string } };

// Unknown slugs never reach this far: layout.tsx answers 404 first.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale(params.lang);
  const detail = await getCategory(params.slug, locale);
  if (!detail) notFound();
  const { category } = detail;
  const t = getDictionary(locale);
  const description = category.description || `${category.name} — ${t.meta.description}`;
  return pageMetadata({ locale, path: `/kategori/${category.slug}`, title: category.name, description });
}

export default async function CategoryPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const detail = await getCategory(params.slug, locale);
  if (!detail) notFound();
  const { category, path } = detail;
  const t = getDictionary(locale);
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
        <CategoryListings locale={locale} slug={category.slug} t={t.category} />
      </Container>
    </>
  );
}

function breadcrumbJsonLd(crumbs: { label: string; href: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: `${siteUrl()}${crumb.href}`,
    })),
  };
}
