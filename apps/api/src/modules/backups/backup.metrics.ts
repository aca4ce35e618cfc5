import { Counter, Gauge, type Registry } from 'prom-client';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import type { BackupOutcome } from './backup.service.js';
import { BackupCatalog } from './backup-catalog.js';

/**
 * `tarodan_backup_last_success_timestamp_seconds`: when the newest backup in the bucket finished uploading, read at
 * scrape time from the bucket itself, so the API, the worker and backups taken with the CLI all report the same
 * value (alert when `time() - it > 26 * 3600`). It is 0 while there is no backup, so that alert fires too.
 * `tarodan_backups_total{outcome}`: runs in this process, `success` or `failure`.
 */
export class BackupMetrics {
  private readonly runs: Counter<'outcome'>;

  constructor(registry: Registry, storage: ObjectStorage) {
    const catalog = new BackupCatalog(storage);
    new Gauge({
      name: 'tarodan_backup_last_success_timestamp_seconds',
      help: 'Unix time the newest database backup in the backups bucket was stored',
      registers: [registry],
      async collect() {
        // A storage outage must not turn /metrics into a 500: readiness reports it, the gauge keeps its last value.
        const latest = await catalog.latest().catch(() => undefined);
        if (latest === undefined) return;
        if (latest === null) this.reset();
        else this.set(Math.floor(latest.storedAt.getTime() / 1000));
      },
    });
    this.runs = new Counter({
      name: 'tarodan_backups_total',
      help: 'Database backup runs by outcome (success or failure) in this process',
      labelNames: ['outcome'] as const,
      registers: [registry],
    });
    for (const outcome of ['success', 'failure'] as const) this.runs.inc({ outcome }, 0);
  }

  record(outcome: BackupOutcome): void {
    this.runs.inc({ outcome });
  }
}
