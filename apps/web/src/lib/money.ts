import { type Locale, MAX_PRICE_KURUS } from '@tarodan/contracts';

/**
 * Turkish lira typed by a person → integer kuruş. Accepts how Turks write prices ("1.250,00", "1250", "1.250",
 * "1250,5", "1 250 ₺") and the English decimal point when it cannot be a thousands dot ("12.50").
 * Null when it is not a price.
 */
export function parseTryToKurus(input: string): number | null {
  const text = input.replace(/\s|₺|TL|TRY/gi, '');
  if (!/^\d[\d.,]*$/.test(text)) return null;
  let lira: string;
  if (text.includes(',')) {
    const [whole = '', fraction = '', ...rest] = text.split(',');
    if (rest.length > 0 || fraction.length > 2 || fraction.includes('.')) return null;
    if (whole.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(whole)) return null;
    lira = `${whole.replace(/\./g, '')}.${fraction || '0'}`;
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    lira = text.replace(/\./g, '');
  } else if (/^\d+(\.\d{1,2})?$/.test(text)) {
    lira = text;
  } else {
    return null;
  }
  const kurus = Math.round(Number(lira) * 100);
  return Number.isSafeInteger(kurus) && kurus <= MAX_PRICE_KURUS ? kurus : null;
}

/** Kuruş → what the price field shows: 125000 → "1.250,00". */
export function kurusToInput(kurus: number): string {
  return new Intl.NumberFormat('tr-TR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    kurus / 100,
  );
}

/** Kuruş → the decimal string schema.org wants: 125050 → "1250.50". */
export function kurusToDecimal(kurus: number): string {
  return `${Math.trunc(kurus / 100)}.${String(Math.abs(kurus % 100)).padStart(2, '0')}`;
}

/** Kuruş → a short price for labels and chips: "1.000 ₺" / "₺1,000"; kuruş only when there are some ("249,99 ₺"). */
export function formatTryShort(kurus: number, locale: Locale): string {
  const digits = kurus % 100 === 0 ? 0 : 2;
  const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (locale === 'en') {
    return new Intl.NumberFormat('en-GB', {
      ...options,
      style: 'currency',
      currency: 'TRY',
      currencyDisplay: 'narrowSymbol',
    }).format(kurus / 100);
  }
  return `${new Intl.NumberFormat('tr-TR', options).format(kurus / 100)} ₺`;
}
