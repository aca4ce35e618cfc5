import * as Sentry from '@sentry/nestjs';
import { describe, expect, it } from 'vitest';
import { captureJobFailure, captureUnexpected, flushSentry, initSentry } from './sentry.js';

describe('initSentry without a DSN', () => {
  it('does not start the SDK, and capturing or flushing is a harmless no-op', async () => {
    expect(initSentry({ environment: 'test', serverName: 'api', dsn: '' })).toBe(false);
    expect(Sentry.isInitialized()).toBe(false);
    captureUnexpected(new Error('boom'), 'req-1', 'http');
    captureJobFailure(new Error('boom'), { queue: 'mail', job: 'send', jobId: '1', attempt: 3 });
    await expect(flushSentry()).resolves.toBe(true);
  });
});
