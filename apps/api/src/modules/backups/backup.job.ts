import { z } from 'zod';
import { defineJob } from '../../platform/queue/queue.port.js';

/**
 * The daily database backup. `date` (UTC, yyyy-mm-dd) is the day it is scheduled for; the jobId `backup-<date>`
 * makes scheduling it again the same day a no-op. Two retries, 5 then 10 minutes later, ride out a short
 * database or storage outage; the backup itself is taken at the time the handler runs.
 */
export const databaseBackupJob = defineJob({
  // requires 'maintenance' in QUEUE_NAMES (platform/queue/queue.port.ts): operational jobs, not a business domain
  queue: 'maintenance',
  name: 'database-backup',
  schema: z.object({ date: z.iso.date() }),
  attempts: 3,
  backoffMs: 5 * 60_000,
});
