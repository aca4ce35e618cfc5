/** Next.js server start-up hook (experimental.instrumentationHook in Next 14): Sentry for the Node.js and edge runtimes. */
export async function register() {
  const dsn = process.env.SENTRY_DSN || process.env.NEXT_PUBLIC_SENTRY_DSN;
  if (!dsn) return; // off when unset
  const Sentry = await import('@sentry/nextjs');
  const { sentryOptions } = await import('./lib/sentry-options');
  const options = sentryOptions(dsn);
  Sentry.init({
    ...options,
    release: process.env.SENTRY_RELEASE || process.env.GIT_SHA || options.release,
    environment: process.env.SENTRY_ENVIRONMENT || options.environment,
  });
}
