import type { Locale } from '@tarodan/contracts';

/**
 * The storefront's search page for a query (apps/web: Turkish at the root, `/ara`; English under `/en`), in the
 * language the staff member reads the panel in.
 */
export function siteSearchUrl(webBaseUrl: string, locale: Locale, query: string): string {
  const prefix = locale === 'tr' ? '' : `/${locale}`;
  return `${webBaseUrl.replace(/\/+$/, '')}${prefix}/ara?${new URLSearchParams({ q: query }).toString()}`;
}
