import { type Locale, localePath } from '@/lib/i18n/locale';

/** The five steps of the listing flow, in order; each has its own address once the draft exists. */
export const sellSteps = ['kategori', 'bilgiler', 'fotograflar', 'fiyat', 'onizleme'] as const;
export type SellStep = (typeof sellSteps)[number];

export function stepHref(locale: Locale, listingId: string, step: SellStep): string {
  return localePath(locale, `/sat/ilan/${listingId}/${step}`);
}

/** Which step fixes a field the API named (`attributes.scale` → bilgiler, `photoIds` → fotograflar). */
export function stepOfField(field: string): SellStep {
  const name = field.replace(/^body\./, '');
  if (name === 'categoryId') return 'kategori';
  if (name === 'photoIds') return 'fotograflar';
  if (/^(priceKurus|shipping|quantity|acceptsOffers)/.test(name)) return 'fiyat';
  return 'bilgiler';
}
