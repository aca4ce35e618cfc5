export const locales = ['tr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'tr';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A text in every supported language: Turkish first, English second. */
export type LocalizedText = Record<Locale, string>;

const turkishFolds: Record<string, string> = {
  ç: 'c',
  Ç: 'c',
  ğ: 'g',
  Ğ: 'g',
  ı: 'i',
  I: 'i',
  İ: 'i',
  ö: 'o',
  Ö: 'o',
  ş: 's',
  Ş: 's',
  ü: 'u',
  Ü: 'u',
};

/** URL slug with Turkish letters folded to ASCII: "Şimşek Köprü Işığı" → "simsek-kopru-isigi". */
export function slugify(text: string): string {
  return text
    .replace(/[çÇğĞıIİöÖşŞüÜ]/g, (ch) => turkishFolds[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' ve ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Turkish lira as Turks write it: 1234.56 → "1.234,56 ₺". Amounts are kept in kuruş (integer minor units). */
export function formatTry(kurus: number, locale: Locale = 'tr'): string {
  const lira = kurus / 100;
  if (locale === 'en') {
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'TRY',
      currencyDisplay: 'narrowSymbol',
    }).format(lira);
  }
  const number = new Intl.NumberFormat('tr-TR', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(lira);
  return `${number} ₺`;
}

export function formatDate(date: Date | string, locale: Locale = 'tr'): string {
  return new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Istanbul',
  }).format(typeof date === 'string' ? new Date(date) : date);
}
