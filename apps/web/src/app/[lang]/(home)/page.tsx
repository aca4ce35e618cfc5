import type { Brand } from '@tarodan/contracts';
import type { Metadata } from 'next';
import { Container } from '@/components/ui/container';
import { JsonLd } from '@/components/ui/json-ld';
import { getBrands, getCategories } from '@/lib/api';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { toLocale } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/seo';
import { absoluteUrl, siteName, siteUrl } from '@/lib/site';
import { BrandStrip } from './_components/brand-strip';
import { CategoryCard } from './_components/category-card';
import { HomeHero } from './_components/home-hero';
import { SellBanner } from './_components/sell-banner';
import { TrustStrip } from './_components/trust-strip';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const locale = toLocale(params.lang);
  const t = getDictionary(locale).meta;
  return pageMetadata({
    locale,
    path: '/',
    title: t.defaultTitle,
    description: t.description,
    absoluteTitle: true,
  });
}

/** Brands collectors search for most, in this order; the API lists brands alphabetically. */
const POPULAR_BRANDS = [
  'hot-wheels',
  'matchbox',
  'lego',
  'majorette',
  'tomica',
  'bburago',
  'maisto',
  'mini-gt',
  'hasbro',
  'bandai',
  'funko',
  'tamiya',
  'revell',
  'marklin',
  'barbie',
  'pokemon',
];

/** The strip of brands is decoration: when the brands endpoint fails, the home page still renders. */
async function popularBrands(): Promise<Brand[]> {
  try {
    const brands = await getBrands(200);
    const bySlug = new Map(brands.map((brand) => [brand.slug, brand]));
    const popular = POPULAR_BRANDS.flatMap((slug) => bySlug.get(slug) ?? []);
    return (popular.length > 0 ? popular : brands).slice(0, 12);
  } catch {
    return [];
  }
}

export default async function HomePage({ params }: Props) {
  const locale = toLocale(params.lang);
  const t = getDictionary(locale);
  const [categories, brands] = await Promise.all([getCategories(locale), popularBrands()]);

  return (
    <>
      <JsonLd data={homeJsonLd(locale, t.meta.description)} />
      <HomeHero locale={locale} t={t.hero} categories={categories} />
      <section id="kategoriler" aria-labelledby="categories-title" className="scroll-mt-28 pt-12 sm:pt-16">
        <Container>
          <div className="flex flex-col gap-1">
            <h2 id="categories-title" className="text-2xl font-bold tracking-[-0.025em] text-ink sm:text-3xl">
              {t.categories.title}
            </h2>
            <p className="text-ink-muted">{t.categories.lead}</p>
          </div>
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="category-grid">
            {categories.map((category) => (
              <CategoryCard
                key={category.id}
                category={category}
                locale={locale}
                moreLabel={t.categories.more}
              />
            ))}
          </ul>
        </Container>
      </section>
      <TrustStrip t={t.trust} />
      <BrandStrip brands={brands} locale={locale} title={t.brands.title} />
      <SellBanner locale={locale} t={t.sellBanner} />
    </>
  );
}

function homeJsonLd(locale: 'tr' | 'en', description: string) {
  const base = siteUrl();
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Organization',
        '@id': `${base}/#organization`,
        name: siteName,
        url: `${base}/`,
        logo: `${base}/icon.svg`,
        description,
      },
      {
        '@type': 'WebSite',
        '@id': `${base}/#website`,
        name: siteName,
        url: absoluteUrl(locale, '/'),
        inLanguage: locale === 'tr' ? 'tr-TR' : 'en',
        publisher: { '@id': `${base}/#organization` },
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: `${absoluteUrl(locale, '/ara')}?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  };
}
