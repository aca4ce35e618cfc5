import * as Sentry from '@sentry/react-native';
import { scrubBreadcrumbData, scrubEvent } from '@tarodan/contracts';

export type MobileSentryEnv = {
  EXPO_PUBLIC_SENTRY_DSN?: string;
  EXPO_PUBLIC_SENTRY_RELEASE?: string;
  EXPO_PUBLIC_GIT_SHA?: string;
  EXPO_PUBLIC_SENTRY_ENVIRONMENT?: string;
};

/**
 * EXPO_PUBLIC_* values are inlined into the bundle at build time, so each must be read as `process.env.NAME`
 * (Expo's Babel transform does not see through destructuring or `process.env[name]`).
 */
function bundledEnv(): MobileSentryEnv {
  return {
    EXPO_PUBLIC_SENTRY_DSN: process.env.EXPO_PUBLIC_SENTRY_DSN,
    EXPO_PUBLIC_SENTRY_RELEASE: process.env.EXPO_PUBLIC_SENTRY_RELEASE,
    EXPO_PUBLIC_GIT_SHA: process.env.EXPO_PUBLIC_GIT_SHA,
    EXPO_PUBLIC_SENTRY_ENVIRONMENT: process.env.EXPO_PUBLIC_SENTRY_ENVIRONMENT,
  };
}

/**
 * Starts Sentry crash and error reporting when EXPO_PUBLIC_SENTRY_DSN is set; does nothing otherwise. Personal data
 * is scrubbed before sending with the same rules as the API and the web apps (`scrubEvent` in @tarodan/contracts).
 */
export function initSentry(env: MobileSentryEnv = bundledEnv()): boolean {
  const dsn = env.EXPO_PUBLIC_SENTRY_DSN?.trim();
  if (!dsn) return false;
  const release = env.EXPO_PUBLIC_SENTRY_RELEASE?.trim() || env.EXPO_PUBLIC_GIT_SHA?.trim();
  Sentry.init({
    dsn,
    // Without an explicit release the SDK uses the native app id, version and build number.
    ...(release ? { release } : {}),
    environment: env.EXPO_PUBLIC_SENTRY_ENVIRONMENT?.trim() || (__DEV__ ? 'development' : 'production'),
    sendDefaultPii: false,
    attachScreenshot: false,
    attachViewHierarchy: false,
    tracesSampleRate: 0,
    beforeSend: (event) => scrubEvent(event),
    beforeBreadcrumb: (breadcrumb) => scrubBreadcrumbData(breadcrumb),
  });
  return true;
}
