import type { Locale } from '@tarodan/contracts';
import type { Metadata } from 'next';
import { absoluteUrl, languageAlternates, ogLocale, siteName } from './site';

type PageSeo = {
  locale: Locale;
  /** Path without locale prefix, identical in both languages: "/", "/kategori/lego". */
  path: string;
  title: string;
  description: string;
  /** Set for the home page, whose title should not get the "| TARODAN" suffix. */
  absoluteTitle?: boolean;
  /** The page's own picture for OpenGraph and Twitter (a listing's cover); the site's card otherwise. */
  image?: { url: string; width?: number; height?: number; alt: string };
  /** Pages only their owner can see (a paused listing): titled and linked, but kept out of the index. */
  noIndex?: boolean;
};

const ogImage = { url: '/og.png', width: 1200, height: 630, alt: 'TARODAN' };

/** Title, description, canonical, hreflang, OpenGraph and Twitter card for a public page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  absoluteTitle,
  image = ogImage,
  noIndex,
}: PageSeo): Metadata {
  const url = absoluteUrl(locale, path);
  const fullTitle = absoluteTitle ? title : `${title} | ${siteName}`;
  return {
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, languages: languageAlternates(path) },
    openGraph: {
      type: 'website',
      siteName,
      url,
      title: fullTitle,
      description,
      locale: ogLocale[locale],
      alternateLocale: locale === 'tr' ? ogLocale.en : ogLocale.tr,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: [image.url] },
  };
}
