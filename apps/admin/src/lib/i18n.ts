import { defaultLocale, isLocale, type Locale } from '@tarodan/contracts';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE } from './constants';
import { en } from './messages/en';
import { type Messages, tr } from './messages/tr';

const dictionaries: Record<Locale, Messages> = { tr, en };

/** The reader's language: the cookie set by the language switch, Turkish otherwise. */
export function getLocale(): Locale {
  const value = cookies().get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
}

export function getMessages(locale: Locale = getLocale()): Messages {
  return dictionaries[locale];
}

export function intlLocale(locale: Locale): string {
  return locale === 'tr' ? 'tr-TR' : 'en-GB';
}
