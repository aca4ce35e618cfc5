import { z } from 'zod';
import { defineJob } from '../../platform/queue/queue.port.js';

/**
 * Builds one member's data archive (KVKK article 11). jobId = the export id, so a second enqueue of the same export
 * is a no-op; the handler itself is idempotent (a ready export is not built again). After the last failed attempt
 * the export is marked `failed` with the reason.
 */
export const buildDataExportJob = defineJob({
  queue: 'maintenance',
  name: 'build-data-export',
  schema: z.object({ exportId: z.uuid() }),
  attempts: 3,
  backoffMs: 30_000,
});

/** Tells the member their archive is ready (a link to the account page, never to the file). jobId = the export id. */
export const dataExportReadyMailJob = defineJob({
  queue: 'email',
  name: 'data-export-ready',
  schema: z.object({ exportId: z.uuid() }),
  attempts: 5,
  backoffMs: 60_000,
});

/**
 * Daily: removes archives past their `expiresAt` and gives up on exports stuck in `pending`. Scheduled like the
 * database backup: one delayed job per day, jobId `export-cleanup-<yyyy-mm-dd>`, each run enqueues the next one.
 */
export const dataExportCleanupJob = defineJob({
  queue: 'maintenance',
  name: 'data-export-cleanup',
  schema: z.object({ date: z.iso.date() }),
  attempts: 3,
  backoffMs: 5 * 60_000,
});

/**
 * The steps of an account deletion that run after its transaction (storage, sessions, the deletion record), queued
 * only when running them inline failed. Every step is idempotent, so retrying is safe. jobId = the user id.
 */
export const finishAccountDeletionJob = defineJob({
  queue: 'maintenance',
  name: 'finish-account-deletion',
  schema: z.object({
    userId: z.uuid(),
    requestedAt: z.iso.datetime(),
    avatarKey: z.string().nullable(),
    counts: z.record(z.string(), z.number().int().min(0)),
  }),
  attempts: 8,
  backoffMs: 30_000,
});
