import { Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { MetricsRegistry } from '../../platform/metrics/metrics-registry.js';
import { JobQueue } from '../../platform/queue/queue.port.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { databaseBackupJob } from './backup.job.js';
import { BackupMetrics } from './backup.metrics.js';
import { backupSettingsFrom } from './backup.options.js';
import { BackupScheduler } from './backup.scheduler.js';
import { BackupService } from './backup.service.js';
import { RestoreService } from './restore.service.js';

/**
 * Daily encrypted PostgreSQL backups: the `maintenance/database-backup` job and its schedule, the restore service,
 * and the backup metrics. Import it in the API and the worker: the handler runs wherever the queue is processed,
 * and every start enqueues the next day's job (deduplicated by jobId).
 */
@Module({
  providers: [
    {
      provide: BackupMetrics,
      inject: [MetricsRegistry, ObjectStorage],
      useFactory: (metrics: MetricsRegistry, storage: ObjectStorage) =>
        new BackupMetrics(metrics.registry, storage),
    },
    {
      provide: BackupService,
      inject: [ObjectStorage, AppConfig, BackupMetrics],
      useFactory: (storage: ObjectStorage, config: AppConfig, metrics: BackupMetrics) =>
        new BackupService(storage, {
          ...backupSettingsFrom(config),
          onOutcome: (outcome) => metrics.record(outcome),
        }),
    },
    {
      provide: RestoreService,
      inject: [ObjectStorage, AppConfig],
      useFactory: (storage: ObjectStorage, config: AppConfig) =>
        new RestoreService(storage, { encryptionKey: backupSettingsFrom(config).encryptionKey }),
    },
    {
      provide: BackupScheduler,
      inject: [JobQueue, BackupService, AppConfig],
      useFactory: (queue: JobQueue, backups: BackupService, config: AppConfig) =>
        new BackupScheduler(queue, backups, backupSettingsFrom(config).hourUtc),
    },
  ],
  exports: [BackupService, RestoreService],
})
export class BackupsModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(BackupScheduler) private readonly scheduler: BackupScheduler,
  ) {}

  onModuleInit() {
    this.queue.register(databaseBackupJob, async ({ date }) => {
      await this.scheduler.runScheduled(date, new Date());
    });
  }

  async onApplicationBootstrap() {
    // A queue outage must not stop the process from starting: the next start (or the next run) schedules it.
    await this.scheduler.scheduleNext(new Date()).catch((error: unknown) => {
      new Logger('BackupsModule').error(`Could not schedule the next backup: ${(error as Error).message}`);
    });
  }
}
