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
};

const ogImage = { url: '/og.png', width: 1200, height: 630, alt: 'TARODAN' };

/** Title, description, canonical, hreflang, OpenGraph and Twitter card for a public page. */
export function pageMetadata({ locale, path, title, description, absoluteTitle }: PageSeo): Metadata {
  const url = absoluteUrl(locale, path);
  const fullTitle = absoluteTitle ? title : `${title} | ${siteName}`;
  return {
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
      images: [ogImage],
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: [ogImage.url] },
  };
}
