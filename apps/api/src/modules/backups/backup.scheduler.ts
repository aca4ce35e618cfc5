import { Logger } from '@nestjs/common';
import type { JobQueue } from '../../platform/queue/queue.port.js';
import { databaseBackupJob } from './backup.job.js';
import type { BackupResult, BackupService } from './backup.service.js';
import { backupJobId, followingBackupRun, nextBackupRun } from './backup-schedule.js';

/**
 * A daily schedule on a queue that has no cron: each day's backup is one delayed job with the jobId
 * `backup-<yyyy-mm-dd>`. Every process start enqueues the next one, and each run enqueues the one after it before
 * doing its work (so a failed backup does not break the chain). The jobId makes both idempotent: however many API
 * and worker processes start, each day has one backup job.
 */
export class BackupScheduler {
  private readonly logger = new Logger('BackupScheduler');

  constructor(
    private readonly queue: JobQueue,
    private readonly backups: BackupService,
    private readonly hourUtc: number,
  ) {}

  /** Enqueues the next daily backup; returns its jobId, or `null` when backups cannot run here (logged once). */
  async scheduleNext(now: Date): Promise<string | null> {
    const reason = this.backups.unavailableReason();
    if (reason) {
      this.logger.warn(`Daily backups are not scheduled. ${reason}`);
      return null;
    }
    return this.enqueue(nextBackupRun(now, this.hourUtc), now);
  }

  /** The job handler: chain tomorrow's job first, then take the backup (a failure throws, and the queue retries). */
  async runScheduled(scheduledDate: string, now: Date): Promise<BackupResult> {
    await this.enqueue(followingBackupRun(scheduledDate, now, this.hourUtc), now);
    return this.backups.runBackup(now);
  }

  private async enqueue(run: { date: string; runAt: Date }, now: Date): Promise<string> {
    const jobId = backupJobId(run.date);
    await this.queue.enqueue(
      databaseBackupJob,
      { date: run.date },
      { jobId, delayMs: Math.max(0, run.runAt.getTime() - now.getTime()) },
    );
    return jobId;
  }
}
