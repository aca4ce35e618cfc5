import type { Breadcrumb, ErrorEvent } from '@sentry/nextjs';
import { scrubBreadcrumbData, scrubEvent } from '@tarodan/contracts';

/**
 * Sentry options shared by the browser, Node.js and edge runtimes. `dsn` undefined → the caller does not init at all.
 * Browser values come from NEXT_PUBLIC_* variables inlined at build time (next.config.mjs fills the release).
 */
export function sentryOptions(dsn: string | undefined) {
  return {
    dsn,
    enabled: Boolean(dsn),
    release: process.env.NEXT_PUBLIC_SENTRY_RELEASE || undefined,
    environment: process.env.NEXT_PUBLIC_SENTRY_ENVIRONMENT || process.env.NODE_ENV,
    tracesSampleRate: Number(process.env.NEXT_PUBLIC_SENTRY_TRACES_SAMPLE_RATE ?? '0') || 0,
    // Sentry 11's successor of `sendDefaultPii: false`: collect as little as possible, scrub the rest in beforeSend.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: { request: { allow: ['user-agent', 'content-type', 'accept-language'] }, response: false },
      httpBodies: [],
      graphQL: { document: true, variables: false },
      stackFrameVariables: false,
      genAI: { inputs: false, outputs: false },
    },
    beforeSend: (event: ErrorEvent) => scrubEvent(event),
    beforeBreadcrumb: (breadcrumb: Breadcrumb) => scrubBreadcrumbData(breadcrumb),
  };
}
