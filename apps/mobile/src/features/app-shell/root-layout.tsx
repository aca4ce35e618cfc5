import { Stack } from 'expo-router';
import { StatusBar } from 'expo-status-bar';
import { initSentry } from '@/features/error-reporting/sentry';
import { configureNotificationHandler } from '@/features/notifications/notification-handler';
import { colors } from '@/theme/tokens';
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
      <Stack screenOptions={{ headerShown: false, contentStyle: { backgroundColor: colors.background } }}>
        <Stack.Screen name="(tabs)" />
      </Stack>
    </AppProviders>
  );
}
