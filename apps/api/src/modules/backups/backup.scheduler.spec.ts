import { afterEach, describe, expect, it } from 'vitest';
import { InProcessJobQueue } from '../../platform/queue/in-process-job-queue.adapter.js';
import type { QueueLogger } from '../../platform/queue/queue.port.js';
import { databaseBackupJob } from './backup.job.js';
import { BackupScheduler } from './backup.scheduler.js';
import type { BackupService } from './backup.service.js';

const silent: QueueLogger = { info: () => {}, warn: () => {}, error: () => {} };

function fakeBackups(reason: string | null = null) {
  const runs: Date[] = [];
  const service = {
    unavailableReason: () => reason,
    runBackup: async (now: Date) => {
      runs.push(now);
      return { key: 'k', size: 1, durationMs: 1, deleted: [] };
    },
  } as unknown as BackupService;
  return { service, runs };
}

describe('BackupScheduler', () => {
  let queue: InProcessJobQueue;
  afterEach(() => queue.close());

  it('enqueues one delayed job per day however many processes start', async () => {
    queue = new InProcessJobQueue({ logger: silent });
    const scheduler = new BackupScheduler(queue, fakeBackups().service, 3);
    const now = new Date('2025-06-30T01:00:00Z');
    expect(await scheduler.scheduleNext(now)).toBe('backup-2025-06-30');
    expect(await scheduler.scheduleNext(now)).toBe('backup-2025-06-30');
    expect(await queue.counts('maintenance')).toMatchObject({ delayed: 1, waiting: 0 });
  });

  it('schedules nothing when backups cannot run here', async () => {
    queue = new InProcessJobQueue({ logger: silent });
    const scheduler = new BackupScheduler(queue, fakeBackups('PGlite').service, 3);
    expect(await scheduler.scheduleNext(new Date())).toBeNull();
    expect(await queue.counts('maintenance')).toMatchObject({ delayed: 0, waiting: 0 });
  });

  it('a run chains the next day and then takes the backup', async () => {
    queue = new InProcessJobQueue({ logger: silent });
    const { service, runs } = fakeBackups();
    const scheduler = new BackupScheduler(queue, service, 3);
    queue.register(databaseBackupJob, async ({ date }) => {
      await scheduler.runScheduled(date, new Date());
    });
    await queue.startProcessing(['maintenance']);
    await queue.enqueue(databaseBackupJob, { date: '2025-06-30' }, { jobId: 'backup-2025-06-30' });
    await expect.poll(() => runs.length).toBe(1);
    expect(await queue.counts('maintenance')).toMatchObject({ delayed: 1, completed: 1 });
  });
});
