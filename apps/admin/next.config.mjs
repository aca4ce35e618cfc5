// Sentry 11 moved the build-time wrapper to its own entry point.
import { withSentryConfig } from '@sentry/nextjs/config';

/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
];

const nextConfig = {
  reactStrictMode: true,
  // Next 14 runs src/instrumentation.ts (Sentry on the server) only with this flag.
  experimental: { instrumentationHook: true },
  // The browser SDK reads its release from here, inlined at build time (CI passes GIT_SHA to the build).
  env: { NEXT_PUBLIC_SENTRY_RELEASE: process.env.SENTRY_RELEASE || process.env.GIT_SHA || '' },
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

const sentryAuthToken = process.env.SENTRY_AUTH_TOKEN;

/**
 * Sentry's build plugin uploads source maps only when CD provides SENTRY_AUTH_TOKEN (with SENTRY_ORG and
 * SENTRY_PROJECT); without it the build stays offline: no upload, no release creation, no telemetry.
 */
export default withSentryConfig(nextConfig, {
  org: process.env.SENTRY_ORG,
  project: process.env.SENTRY_PROJECT,
  authToken: sentryAuthToken,
  silent: !process.env.CI,
  telemetry: false,
  widenClientFileUpload: true,
  sourcemaps: { disable: !sentryAuthToken, deleteSourcemapsAfterUpload: true },
  release: {
    name: process.env.SENTRY_RELEASE || process.env.GIT_SHA || undefined,
    create: Boolean(sentryAuthToken),
    finalize: Boolean(sentryAuthToken),
  },
});
