import { Store } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { browseHref, browseParams } from '@/components/listings/browse-params';
import { BrowseResults } from '@/components/listings/browse-results';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { browseListings, getStorefront } from '@/lib/listings-api';
import type { SearchParams } from '@/lib/search-params';
import { pageMetadata } from '@/lib/seo';
import { StorefrontHeader } from './storefront-header';

type Props = { params: { lang: string; id: string }; searchParams?: SearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = toLocale(params.lang);
  const seller = await getStorefront(params.id.toLowerCase(), locale);
  if (!seller) notFound();
  const { page } = browseParams(searchParams);
  return pageMetadata({
    locale,
    path: browseHref(`/satici/${seller.id}`, page, 'newest'),
    title: page > 1 ? `${sellerName(seller)} · ${page}` : sellerName(seller),
    description: getListingMessages(locale).storefront.metaDescription(sellerName(seller), seller.city),
  });
}

/** A seller's storefront: who they are, then their live listings, 48 a page. */
export default async function StorefrontPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const seller = await getStorefront(params.id.toLowerCase(), locale);
  if (!seller) notFound();
  const { page, sort } = browseParams(searchParams);
  const result = await browseListings({ locale, seller: seller.id, sort, page });
  const t = getListingMessages(locale);
  const path = localePath(locale, `/satici/${seller.id}`);
  return (
    <Container className="pt-6 sm:pt-8">
      <Breadcrumb
        label={t.detail.breadcrumb}
        items={[
          { label: t.detail.home, href: localePath(locale) },
          { label: sellerName(seller), href: path },
        ]}
      />
      <StorefrontHeader seller={seller} locale={locale} />
      <section aria-labelledby="storefront-listings" className="mt-8">
        <h2 id="storefront-listings" className="mb-4 text-xl font-bold tracking-[-0.02em] text-ink">
          {t.storefront.listings}
        </h2>
        <BrowseResults
          locale={locale}
          path={path}
          result={result}
          page={page}
          sort={sort}
          empty={
            <EmptyState
              icon={<Store className="h-7 w-7" aria-hidden="true" />}
              title={t.storefront.emptyTitle}
              description={t.storefront.emptyLead}
              actions={
                <ButtonLink href={`${localePath(locale)}#kategoriler`} size="lg" variant="secondary">
                  {t.storefront.browse}
                </ButtonLink>
              }
            />
          }
        />
      </section>
    </Container>
  );
}

function sellerName(seller: { storeName: string | null; displayName: string }): string {
  return seller.storeName ?? seller.displayName;
}
