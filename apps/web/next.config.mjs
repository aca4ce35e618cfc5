// Sentry 11 moved the build-time wrapper to its own entry point.
import { withSentryConfig } from '@sentry/nextjs/config';

/**
 * Path-based locales without a visible default prefix, done with config rewrites (not middleware: Next 14 proxies
 * middleware rewrites over the network when started with `-H 127.0.0.1`, vercel/next.js#94745):
 *   "/" and "/kategori/x"        -> app/[lang]/... with lang = tr
 *   "/en" and "/en/kategori/x"   -> app/[lang]/... with lang = en (no rewrite needed)
 *   "/tr/..."                    -> 308 to the unprefixed URL, so every page has one address
 * `afterFiles` rewrites run after static files and fixed routes (robots.txt, sitemap.xml, icon.svg, /_next, public/)
 * but before dynamic routes, so the one dynamic route outside [lang] (/sitemaps/<file>.xml) is left out of them.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  // Next 14 runs src/instrumentation.ts (Sentry on the server) only with this flag.
  experimental: { instrumentationHook: true },
  // The browser SDK reads its release from here, inlined at build time (CI passes GIT_SHA to the build).
  env: { NEXT_PUBLIC_SENTRY_RELEASE: process.env.SENTRY_RELEASE || process.env.GIT_SHA || '' },
  poweredByHeader: false,
  // The contracts package ships compiled ESM; let Next bundle it like app code.
  transpilePackages: ['@tarodan/contracts'],
  async redirects() {
    return [
      { source: '/tr', destination: '/', permanent: true },
      { source: '/tr/:path*', destination: '/:path*', permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: '/', destination: '/tr' },
        { source: '/:path((?!en(?:/|$)|tr(?:/|$)|sitemaps/).+)', destination: '/tr/:path' },
      ],
      fallback: [],
    };
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
