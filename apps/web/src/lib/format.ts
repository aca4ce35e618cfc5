import type { Locale } from '@tarodan/contracts';

/** "25 Kas 2026 14:05" / "25 Nov 2026, 14:05", in Istanbul time (where the members are). */
export function formatDateTime(date: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Istanbul',
  }).format(typeof date === 'string' ? new Date(date) : date);
}
