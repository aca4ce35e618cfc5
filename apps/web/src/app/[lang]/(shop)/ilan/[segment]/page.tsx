import { formatTry, type ListingDetail, type Locale } from '@tarodan/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingAttributes } from '@/components/listings/listing-attributes';
import { ShippingInfo } from '@/components/listings/shipping-info';
import { Alert } from '@/components/ui/alert';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Container } from '@/components/ui/container';
import { JsonLd } from '@/components/ui/json-ld';
import { getCurrentUser } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { placeholderOf } from '@/lib/image-placeholder';
import { pageMetadata } from '@/lib/seo';
import { breadcrumbJsonLd, productJsonLd, shareImage } from '@/lib/structured-data';
import type { GalleryLabels } from './gallery-labels';
import { ListingGallery } from './listing-gallery';
import { ListingSummary } from './listing-summary';
import { loadListing } from './load-listing';
import { SellerCard } from './seller-card';

type Props = { params: { lang: string; segment: string } };

const PUBLIC_STATUSES = new Set(['active', 'sold']);

function metaDescription(listing: ListingDetail, locale: Locale): string {
  const t = getListingMessages(locale);
  const facts = `${formatTry(listing.priceKurus, locale)} · ${t.condition[listing.condition]}`;
  const text = listing.description.replace(/\s+/g, ' ').trim();
  return `${facts} · ${text.length > 140 ? `${text.slice(0, 139)}…` : text}`;
}

// Unknown listings and old slugs never reach this far: layout.tsx answers 404 or redirects first.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale(params.lang);
  const listing = await loadListing(params.segment, locale);
  if (!listing) notFound();
  const cover = shareImage(listing.cover ?? listing.photos[0] ?? null);
  return pageMetadata({
    locale,
    path: listing.path,
    title: listing.title,
    description: metaDescription(listing, locale),
    image: cover ? { ...cover, alt: listing.title } : undefined,
    noIndex: !PUBLIC_STATUSES.has(listing.status),
  });
}

function crumbsOf(listing: ListingDetail, locale: Locale) {
  const t = getListingMessages(locale).detail;
  return [
    { label: t.home, href: localePath(locale) },
    ...listing.breadcrumbs.map((crumb) => ({
      label: crumb.name,
      href: localePath(locale, `/kategori/${crumb.slug}`),
    })),
    { label: listing.title, href: localePath(locale, listing.path) },
  ];
}

function galleryLabels(locale: Locale, count: number): GalleryLabels {
  const t = getListingMessages(locale).detail;
  const numbers = Array.from({ length: count }, (_, index) => index + 1);
  return {
    gallery: t.gallery,
    zoom: t.zoom,
    close: t.close,
    previous: t.previous,
    next: t.next,
    photo: numbers.map((n) => t.photo(n, count)),
    showPhoto: numbers.map((n) => t.showPhoto(n)),
  };
}

export default async function ListingPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const [listing, user] = await Promise.all([loadListing(params.segment, locale), getCurrentUser()]);
  if (!listing) notFound();
  const t = getListingMessages(locale);
  const crumbs = crumbsOf(listing, locale);
  const photos = listing.photos.length > 0 ? listing.photos : listing.cover ? [listing.cover] : [];
  return (
    <>
      <JsonLd data={productJsonLd(listing, locale)} />
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Container className="pt-6 sm:pt-8">
        <Breadcrumb items={crumbs} label={t.detail.breadcrumb} />
        {listing.status === 'sold' ? (
          <Alert tone="info" className="mt-5" data-testid="listing-sold">
            {t.detail.soldOut}
          </Alert>
        ) : !PUBLIC_STATUSES.has(listing.status) ? (
          <Alert tone="warning" className="mt-5" data-testid="listing-not-live">
            {t.detail.notLive(t.status[listing.status])}
          </Alert>
        ) : null}
        <div className="mt-6 grid items-start gap-8 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] lg:gap-x-12">
          <ListingGallery
            photos={photos}
            placeholders={photos.map(placeholderOf)}
            title={listing.title}
            labels={galleryLabels(locale, photos.length)}
          />
          <aside className="flex flex-col gap-4 lg:sticky lg:top-24 lg:col-start-2 lg:row-span-2 lg:row-start-1">
            <ListingSummary
              listing={listing}
              locale={locale}
              csrf={getCsrfToken()}
              signedIn={user !== null}
            />
            <ShippingInfo listing={listing} locale={locale} />
            <SellerCard seller={listing.seller} locale={locale} />
          </aside>
          <div className="flex min-w-0 flex-col gap-8 lg:col-start-1">
            <section aria-labelledby="description-title">
              <h2 id="description-title" className="text-lg font-bold tracking-[-0.01em] text-ink">
                {t.detail.description}
              </h2>
              <p className="mt-3 whitespace-pre-line leading-7 text-ink" data-testid="listing-description">
                {listing.description}
              </p>
            </section>
            <ListingAttributes listing={listing} locale={locale} />
          </div>
        </div>
      </Container>
    </>
  );
}
