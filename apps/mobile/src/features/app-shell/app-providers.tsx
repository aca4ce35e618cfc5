import type { Locale } from '@tarodan/contracts';
import type { ReactNode } from 'react';
import { SafeAreaProvider } from 'react-native-safe-area-context';
import type { SessionManager } from '@/features/auth/session-manager';
import { SessionProvider } from '@/features/auth/session-provider';
import { I18nProvider } from '@/i18n/i18n-provider';

type Props = {
  children: ReactNode;
  initialLocale?: Locale;
  /** Tests pass their own; the app uses the one backed by SecureStore. */
  session?: SessionManager;
};

/** Everything a screen expects around it; the root layout and the tests both use it. */
export function AppProviders({ children, initialLocale, session }: Props) {
  return (
    <SafeAreaProvider>
      <I18nProvider initialLocale={initialLocale}>
        <SessionProvider session={session}>{children}</SessionProvider>
      </I18nProvider>
    </SafeAreaProvider>
  );
}
