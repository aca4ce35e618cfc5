import type { Locale } from '@tarodan/contracts';
import { localePath } from './i18n/locale';

export const siteName = 'TARODAN';

/** Public origin of the storefront, read at request time (2 replicas behind Traefik share one URL). */
export function siteUrl(): string {
  const raw = process.env.PUBLIC_WEB_URL?.trim() || 'http://localhost:3000';
  return raw.replace(/\/+$/, '');
}

export function absoluteUrl(locale: Locale, path = '/'): string {
  return `${siteUrl()}${localePath(locale, path)}`;
}

/** hreflang map for a page that exists in both languages under the same path. */
export function languageAlternates(path = '/'): Record<string, string> {
  return {
    'tr-TR': absoluteUrl('tr', path),
    en: absoluteUrl('en', path),
    'x-default': absoluteUrl('tr', path),
  };
}

export const ogLocale: Record<Locale, string> = { tr: 'tr_TR', en: 'en_US' };
