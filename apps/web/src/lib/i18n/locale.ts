import { defaultLocale, isLocale, type Locale } from '@tarodan/contracts';

export { defaultLocale, isLocale, type Locale };

/** Turkish lives at the root ("/kategori/x"), English under "/en" ("/en/kategori/x"). */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (locale === defaultLocale) return clean;
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`;
}

/** The locale a browser path belongs to: "/en" and "/en/..." are English, everything else Turkish. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : defaultLocale;
}

/** A path without its locale prefix. Accepts the rewritten form ("/tr/x") too, as the router may report it. */
export function stripLocale(pathname: string): string {
  const match = /^\/(en|tr)(?=\/|$)/.exec(pathname);
  return match ? pathname.slice(match[0].length) || '/' : pathname;
}

/** The same page in another language: "/kategori/x" <-> "/en/kategori/x". */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localePath(target, stripLocale(pathname));
}

export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}
