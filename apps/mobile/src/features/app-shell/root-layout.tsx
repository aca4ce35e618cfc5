import { Stack } from 'expo-router';
import { StatusBar } from 'expo-status-bar';
import { useSessionExpiredRedirect } from '@/features/auth/use-session-expired-redirect';
import { initSentry } from '@/features/error-reporting/sentry';
import { configureNotificationHandler } from '@/features/notifications/notification-handler';
import { useI18n } from '@/i18n/i18n-provider';
import { colors, fontWeights } from '@/theme/tokens';
import { AppProviders } from './app-providers';

// Error reporting first, so that what follows is covered; a no-op unless EXPO_PUBLIC_SENTRY_DSN is set.
initSentry();

// Decides how notifications show while the app is open. It asks for nothing: permission is requested
// only when the person taps "Bildirimleri aç".
configureNotificationHandler();

export function RootLayout() {
  return (
    <AppProviders>
      <StatusBar style="dark" />
      <RootStack />
    </AppProviders>
  );
}

/** The tabs, and the pages pushed over them with a header and a way back. */
function RootStack() {
  const { t } = useI18n();
  useSessionExpiredRedirect();
  const page = (title: string) => ({ headerShown: true, title });
  return (
    <Stack
      screenOptions={{
        headerShown: false,
        contentStyle: { backgroundColor: colors.background },
        headerTintColor: colors.accentStrong,
        headerTitleStyle: { color: colors.text, fontWeight: fontWeights.bold },
        headerShadowVisible: false,
        headerBackButtonDisplayMode: 'minimal',
      }}
    >
      <Stack.Screen name="(tabs)" />
      <Stack.Screen name="(auth)/sign-in" options={page(t('signIn.title'))} />
      <Stack.Screen name="(auth)/register" options={page(t('register.title'))} />
      <Stack.Screen name="(auth)/check-email" options={page(t('register.title'))} />
      <Stack.Screen name="account/edit" options={page(t('editProfile.title'))} />
      <Stack.Screen name="account/sessions" options={page(t('sessions.title'))} />
    </Stack>
  );
}
