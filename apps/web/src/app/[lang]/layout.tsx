import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getCurrentUser } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { isLocale, toLocale } from '@/lib/i18n/locale';
import { ogLocale, siteName, siteUrl } from '@/lib/site';
import { interExt, interLatin } from '../fonts';
import '../globals.css';

// Pages read the API and PUBLIC_WEB_URL at request time; `next build` runs with neither.
export const dynamic = 'force-dynamic';

type Props = { children: ReactNode; params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const locale = toLocale(params.lang);
  const t = getDictionary(locale).meta;
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t.defaultTitle, template: `%s | ${siteName}` },
    description: t.description,
    applicationName: siteName,
    openGraph: {
      siteName,
      type: 'website',
      locale: ogLocale[locale],
      alternateLocale: locale === 'tr' ? ogLocale.en : ogLocale.tr,
      images: [{ url: '/og.png', width: 1200, height: 630, alt: siteName }],
    },
    twitter: { card: 'summary_large_image', images: ['/og.png'] },
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: '#C93F1C',
  width: 'device-width',
  initialScale: 1,
};

export default async function LocaleLayout({ children, params }: Props) {
  if (!isLocale(params.lang)) notFound();
  const locale = params.lang;
  const user = await getCurrentUser();
  return (
    <html lang={locale} className={`${interLatin.variable} ${interExt.variable}`}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2 focus:shadow"
        >
          {locale === 'tr' ? 'İçeriğe geç' : 'Skip to content'}
        </a>
        <SiteHeader locale={locale} user={user} csrf={getCsrfToken()} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
