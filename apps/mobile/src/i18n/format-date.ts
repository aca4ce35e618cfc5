import type { Locale } from '@tarodan/contracts';

const tags: Record<Locale, string> = { tr: 'tr-TR', en: 'en-GB' };

/** "Kasım 2026" / "November 2026". */
export function formatMonthYear(iso: string, locale: Locale): string {
  return format(iso, locale, { month: 'long', year: 'numeric' });
}

/** "25 Kas 2026 14:05" / "25 Nov 2026, 14:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  return format(iso, locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function format(iso: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(tags[locale], options);
}
