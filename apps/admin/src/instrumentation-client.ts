import * as Sentry from '@sentry/nextjs';
import { sentryOptions } from './lib/sentry-options';

// Injected into the browser bundle by withSentryConfig (next.config.mjs). Off when NEXT_PUBLIC_SENTRY_DSN is unset.
const dsn = process.env.NEXT_PUBLIC_SENTRY_DSN;
if (dsn) Sentry.init(sentryOptions(dsn));
