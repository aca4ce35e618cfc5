import { defaultLocale, isLocale, type Locale } from '@tarodan/contracts';
import { getLocales } from 'expo-localization';

/** The first language the person reads that we speak; Turkish when we speak none of them. */
export function pickLocale(languageTags: readonly string[]): Locale {
  for (const tag of languageTags) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}

/** The device's preferred languages, most preferred first (BCP 47 tags such as "tr-TR"). */
export function deviceLanguageTags(): string[] {
  try {
    return getLocales().map((locale) => locale.languageTag);
  } catch {
    // expo-localization's native module missing (an old dev client): the JS engine still knows one locale.
    return [Intl.DateTimeFormat().resolvedOptions().locale];
  }
}

export function detectDeviceLocale(): Locale {
  return pickLocale(deviceLanguageTags());
}
