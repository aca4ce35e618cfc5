import type { Locale } from '@tarodan/contracts';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { detectDeviceLocale } from './locale';
import type { MessageKey } from './tr';
import { type MessageParams, translate } from './translate';

type I18nValue = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
};

const I18nContext = createContext<I18nValue | null>(null);

type Props = {
  children: ReactNode;
  /** Tests and previews pin a language; the app starts from the device's. */
  initialLocale?: Locale;
};

export function I18nProvider({ children, initialLocale }: Props) {
  const [locale, setLocale] = useState<Locale>(() => initialLocale ?? detectDeviceLocale());
  const t = useCallback(
    (key: MessageKey, params?: MessageParams) => translate(locale, key, params),
    [locale],
  );
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
