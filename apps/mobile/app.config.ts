import type { ExpoConfig } from 'expo/config';

/**
 * Where the app finds the TARODAN API. Set EXPO_PUBLIC_API_URL before `expo start` / `expo export`.
 * The default reaches an API on the same machine (iOS simulator, web). The Android emulator cannot see the
 * host's 127.0.0.1: there use EXPO_PUBLIC_API_URL=http://10.0.2.2:3001. A phone on Wi-Fi needs the
 * computer's LAN address (http://192.168.x.y:3001).
 */
const apiUrl = process.env.EXPO_PUBLIC_API_URL ?? 'http://127.0.0.1:3001';

/** The storefront, for the legal texts the sign-up form links to (KVKK aydınlatma metni, terms of use). */
const webUrl = process.env.EXPO_PUBLIC_WEB_URL ?? 'http://127.0.0.1:3000';

/** The EAS project id is what Expo push tokens are issued for; it exists once `eas init` has run (manual step). */
const easProjectId = process.env.EXPO_PUBLIC_EAS_PROJECT_ID;

const brandAccent = '#E4572E';

/**
 * Sentry's config plugin adds the native build steps that upload source maps and debug symbols to Sentry. They need
 * SENTRY_AUTH_TOKEN (an EAS secret) besides SENTRY_ORG and SENTRY_PROJECT, so the plugin is on only in builds that
 * have all three; error reporting itself works without it once EXPO_PUBLIC_SENTRY_DSN is set.
 */
const sentryUpload: NonNullable<ExpoConfig['plugins']> =
  process.env.SENTRY_AUTH_TOKEN && process.env.SENTRY_ORG && process.env.SENTRY_PROJECT
    ? [
        [
          '@sentry/react-native/expo',
          { organization: process.env.SENTRY_ORG, project: process.env.SENTRY_PROJECT },
        ],
      ]
    : [];

const config: ExpoConfig = {
  name: 'TARODAN',
  slug: 'tarodan',
  scheme: 'tarodan',
  version: '0.1.0',
  orientation: 'portrait',
  userInterfaceStyle: 'light',
  backgroundColor: '#FFFFFF',
  ios: {
    bundleIdentifier: 'com.tarodan.app',
    supportsTablet: false,
    infoPlist: { CFBundleAllowMixedLocalizations: true },
  },
  android: {
    package: 'com.tarodan.app',
    adaptiveIcon: { backgroundColor: '#FFFFFF' },
  },
  web: {
    bundler: 'metro',
    output: 'single',
    name: 'TARODAN',
    shortName: 'TARODAN',
    lang: 'tr',
    themeColor: brandAccent,
    backgroundColor: '#FFFFFF',
  },
  plugins: [
    'expo-router',
    ['expo-notifications', { color: brandAccent, defaultChannel: 'default' }],
    ['expo-localization', { supportedLocales: { ios: ['tr', 'en'], android: ['tr', 'en'] } }],
    // Session tokens: kept out of Android Auto Backup (they are bound to this device's keystore, as on iOS with
    // THIS_DEVICE_ONLY); no Face ID prompt, so no Face ID usage text.
    ['expo-secure-store', { configureAndroidBackup: true, faceIDPermission: false }],
    ...sentryUpload,
  ],
  extra: {
    apiUrl,
    webUrl,
    ...(easProjectId ? { eas: { projectId: easProjectId } } : {}),
  },
};

export default config;
