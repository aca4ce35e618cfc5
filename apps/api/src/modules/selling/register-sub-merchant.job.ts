import { z } from 'zod';
import { defineJob } from '../../platform/queue/queue.port.js';

/**
 * Retries registering a seller at iyzico after iyzico could not be reached. The payload names the submission
 * (`savedAt` = the profile's `updatedAt` when it was saved) and holds no personal data: the handler decrypts the
 * details from the profile. A newer submission supersedes it (the handler then does nothing), so the job is
 * idempotent; its jobId is `<userId>.<savedAt in ms>`.
 *
 * Backoff: 5 s, 10 s, 20 s... — ten tries span about 40 minutes, then the profile is marked `failed`.
 */
export const registerSubMerchantJob = defineJob({
  queue: 'payments',
  name: 'register-sub-merchant',
  schema: z.object({
    userId: z.uuid(),
    savedAt: z.iso.datetime(),
  }),
  attempts: 10,
  backoffMs: 5_000,
});
