import type { ListingDetail, Locale, PublicMediaImage } from '@tarodan/contracts';
import { localePath } from './i18n/locale';
import { kurusToDecimal } from './money';
import { absoluteUrl, siteUrl } from './site';

/** schema.org JSON-LD for public pages (rendered with components/ui/json-ld.tsx). */

export type JsonLdCrumb = { label: string; href: string };

/** `href`s are the localized paths the breadcrumb links to. */
export function breadcrumbJsonLd(crumbs: JsonLdCrumb[]) {
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

/** The 1280 px JPEG (the size OpenGraph and Google like), else the largest JPEG below it, else `src`. */
export function shareImage(image: PublicMediaImage | null) {
  const jpegs = (image?.variants ?? [])
    .filter((variant) => variant.format === 'jpeg')
    .sort((a, b) => a.size - b.size);
  const pick = jpegs.find((variant) => variant.size === 1280) ?? jpegs.filter((v) => v.size <= 1280).at(-1);
  if (pick) return { url: pick.url, width: pick.width, height: pick.height };
  return image?.src ? { url: image.src, width: undefined, height: undefined } : null;
}

/** New only when it is mint (or near mint) in its sealed box; everything else is used. */
export function itemCondition(listing: Pick<ListingDetail, 'condition' | 'packaging'>): string {
  const asNew =
    (listing.condition === 'mint' || listing.condition === 'near_mint') && listing.packaging === 'sealed';
  return asNew ? 'https://schema.org/NewCondition' : 'https://schema.org/UsedCondition';
}

/** A Product with its Offer: price as a decimal string from kuruş, TRY, availability, condition, seller. */
export function productJsonLd(listing: ListingDetail, locale: Locale) {
  const url = absoluteUrl(locale, listing.path);
  const images = listing.photos.map((photo) => shareImage(photo)?.url).filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${url}#product`,
    name: listing.title,
    description: listing.description.slice(0, 5000),
    sku: listing.id,
    url,
    image: images,
    category: listing.category.name,
    ...(listing.brand ? { brand: { '@type': 'Brand', name: listing.brand.name } } : {}),
    offers: {
      '@type': 'Offer',
      url,
      price: kurusToDecimal(listing.priceKurus),
      priceCurrency: 'TRY',
      availability: listing.status === 'sold' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
      itemCondition: itemCondition(listing),
      seller: {
        '@type': listing.seller.storeName ? 'Organization' : 'Person',
        name: listing.seller.storeName ?? listing.seller.displayName,
        url: `${siteUrl()}${localePath(locale, `/satici/${listing.seller.id}`)}`,
      },
      shippingDetails: {
        '@type': 'OfferShippingDetails',
        shippingDestination: { '@type': 'DefinedRegion', addressCountry: 'TR' },
        shippingRate: {
          '@type': 'MonetaryAmount',
          value: kurusToDecimal(listing.shippingPayer === 'seller' ? 0 : listing.shippingFeeKurus),
          currency: 'TRY',
        },
      },
    },
  };
}
