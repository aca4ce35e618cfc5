import * as Sentry from '@sentry/nestjs';
import { scrubBreadcrumbData, scrubEvent } from '@tarodan/contracts';

export type SentryOptions = {
  /** Off when empty or unset. */
  dsn?: string;
  environment: string;
  /** The git SHA the process was built from. */
  release?: string;
  /** `api` or `worker` (plus the host, when known). */
  serverName: string;
  /** 0 (default) sends no performance traces, only errors. */
  tracesSampleRate?: number;
};

/**
 * Starts Sentry error reporting for the API or the worker; a no-op without a DSN. Call it first thing, before the
 * Nest modules are imported. Personal data is scrubbed in `beforeSend` (see `scrubEvent` in @tarodan/contracts).
 * Only unexpected errors are reported: AllExceptionsFilter captures 500s, never 4xx.
 */
export function initSentry(options: SentryOptions): boolean {
  if (!options.dsn) return false;
  Sentry.init({
    dsn: options.dsn,
    environment: options.environment,
    release: options.release,
    serverName: options.serverName,
    // Sentry 11's successor of `sendDefaultPii: false`: collect as little as possible, scrub the rest in beforeSend.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: {
        request: { allow: ['user-agent', 'content-type', 'accept-language', 'host', 'x-request-id'] },
        response: false,
      },
      httpBodies: [],
      urlQueryParams: true,
      graphQL: { document: true, variables: false },
      databaseQueryData: false,
      queues: false,
      stackFrameVariables: false,
      genAI: { inputs: false, outputs: false },
    },
    tracesSampleRate: options.tracesSampleRate ?? 0,
    // AllExceptionsFilter and the Fastify error handler in app.factory.ts decide what is unexpected; without this the
    // Fastify integration would also report 4xx such as bad JSON (it still traces requests).
    integrations: [Sentry.fastifyIntegration({ shouldHandleError: () => false })],
    beforeSend: (event) => scrubEvent(event),
    // Performance spans (only with SENTRY_TRACES_SAMPLE_RATE > 0): their attributes hold URLs and query strings.
    beforeSendSpan: (span) => {
      scrubBreadcrumbData({ data: span.attributes });
      return span;
    },
    beforeBreadcrumb: (breadcrumb) => scrubBreadcrumbData(breadcrumb),
  });
  return true;
}

/** Reports an unexpected error with the request id as a tag; does nothing when Sentry is off. */
export function captureUnexpected(error: unknown, requestId: string, transport: 'http' | 'graphql'): void {
  if (!Sentry.isInitialized()) return;
  Sentry.captureException(error, { tags: { requestId, transport } });
}

/** Reports a job that failed for good (no retry left); the payload is not sent, only where it ran. */
export function captureJobFailure(
  error: unknown,
  job: { queue: string; job: string; jobId: string; attempt: number },
): void {
  if (!Sentry.isInitialized()) return;
  Sentry.captureException(error, {
    tags: { queue: job.queue, job: `${job.queue}/${job.job}`, jobId: job.jobId },
    extra: { attempt: job.attempt },
  });
}

/** Sends what is queued before the process exits (at most `timeoutMs`). */
export function flushSentry(timeoutMs = 2000): Promise<boolean> {
  return Sentry.isInitialized() ? Sentry.flush(timeoutMs) : Promise.resolve(true);
}
