import { z } from 'zod';
import { defineJob } from '../../platform/queue/queue.port.js';

/**
 * Drains the search outbox. Scheduled once a second as a chain of delayed jobs whose jobId is the Unix second they
 * run in (`tick-<second>`), so however many processes start the chain, each second has one job. The handler is
 * idempotent (versioned upserts, outbox rows deleted only after the engine accepted them) and takes a lease so
 * one drain runs at a time.
 */
export const drainSearchOutboxJob = defineJob({
  queue: 'search',
  name: 'drain-search-outbox',
  schema: z.object({ second: z.number().int().min(0) }),
  attempts: 2,
  backoffMs: 500,
});
