import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '../../platform/queue/queue.port.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { type DailyRun, followingDailyRun, nextDailyRun } from './daily-schedule.util.js';
import { DATA_EXPORT_POLICY } from './data-export.policy.js';
import { DataExportRepository } from './data-export.repository.js';
import { dataExportCleanupJob } from './privacy.jobs.js';

/** 04:00 UTC = 07:00 in Istanbul, an hour after the database backup's default. */
export const CLEANUP_HOUR_UTC = 4;
const BATCH = 500;

export type CleanupResult = { archivesRemoved: number; staleFailed: number };

/**
 * Removes data-export archives past their expiry and fails exports stuck in `pending`. A daily chain of delayed jobs
 * (the queue has no cron): every start enqueues the next run, and each run enqueues the one after it first, so a
 * failed run does not break the chain; the jobId `export-cleanup-<date>` makes every enqueue idempotent.
 */
@Injectable()
export class DataExportCleanup {
  private readonly logger = new Logger('DataExportCleanup');

  constructor(
    private readonly exports: DataExportRepository,
    private readonly storage: ObjectStorage,
    private readonly queue: JobQueue,
  ) {}

  scheduleNext(now: Date): Promise<string> {
    return this.enqueue(nextDailyRun(now, CLEANUP_HOUR_UTC), now);
  }

  /** The job handler: chain tomorrow's run, then clean up. */
  async runScheduled(scheduledDate: string, now: Date): Promise<CleanupResult> {
    await this.enqueue(followingDailyRun(scheduledDate, now, CLEANUP_HOUR_UTC), now);
    return this.cleanUp(now);
  }

  /** Idempotent: an archive is forgotten only after its object is deleted, and deleting a missing one is fine. */
  async cleanUp(now: Date): Promise<CleanupResult> {
    let archivesRemoved = 0;
    for (;;) {
      const expired = await this.exports.findExpiredArchives(now, BATCH);
      for (const row of expired) {
        await this.storage.delete('documents', row.objectKey!);
        await this.exports.forgetArchive(row.id);
        archivesRemoved += 1;
      }
      if (expired.length < BATCH) break;
    }
    const staleFailed = await this.exports.failStalePending(
      new Date(now.getTime() - DATA_EXPORT_POLICY.stalePendingMs),
      'The export was not prepared in time; please request a new one',
      now,
    );
    if (archivesRemoved > 0 || staleFailed > 0) {
      this.logger.log(
        `Removed ${archivesRemoved} expired data export(s); failed ${staleFailed} stuck one(s)`,
      );
    }
    return { archivesRemoved, staleFailed };
  }

  private async enqueue(run: DailyRun, now: Date): Promise<string> {
    const jobId = `export-cleanup-${run.date}`;
    await this.queue.enqueue(
      dataExportCleanupJob,
      { date: run.date },
      { jobId, delayMs: Math.max(0, run.runAt.getTime() - now.getTime()) },
    );
    return jobId;
  }
}
