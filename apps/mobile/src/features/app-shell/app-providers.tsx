import type { Locale } from '@tarodan/contracts';
import type { ReactNode } from 'react';
import { SafeAreaProvider } from 'react-native-safe-area-context';
import { I18nProvider } from '@/i18n/i18n-provider';

type Props = { children: ReactNode; initialLocale?: Locale };

/** Everything a screen expects around it; the root layout and the tests both use it. */
export function AppProviders({ children, initialLocale }: Props) {
  return (
    <SafeAreaProvider>
      <I18nProvider initialLocale={initialLocale}>{children}</I18nProvider>
    </SafeAreaProvider>
  );
}
