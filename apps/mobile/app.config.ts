import type { ExpoConfig } from 'expo/config';

/**
 * Where the app finds the TARODAN API. Set EXPO_PUBLIC_API_URL before `expo start` / `expo export`.
 * The default reaches an API on the same machine (iOS simulator, web). The Android emulator cannot see the
 * host's 127.0.0.1: there use EXPO_PUBLIC_API_URL=http://10.0.2.2:3001. A phone on Wi-Fi needs the
 * computer's LAN address (http://192.168.x.y:3001).
 */
const apiUrl = process.env.EXPO_PUBLIC_API_URL ?? 'http://127.0.0.1:3001';

/** The EAS project id is what Expo push tokens are issued for; it exists once `eas init` has run (manual step). */
const easProjectId = process.env.EXPO_PUBLIC_EAS_PROJECT_ID;

const brandAccent = '#E4572E';

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
  ],
  extra: {
    apiUrl,
    ...(easProjectId ? { eas: { projectId: easProjectId } } : {}),
  },
};

export default config;
