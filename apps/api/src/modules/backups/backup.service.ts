import { Logger } from '@nestjs/common';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import { BackupError, BackupErrorCode } from './backup.errors.js';
import { BackupCatalog } from './backup-catalog.js';
import { createEncryptStream } from './backup-crypto.js';
import { backupKey } from './backup-key.js';
import { type PgToolsOptions, startPgTool } from './pg-tools.js';
import { selectBackupsToDelete } from './retention.js';

export type BackupOutcome = 'success' | 'failure';

export interface BackupServiceOptions {
  /** `null` on PGlite: backups exist only for PostgreSQL. */
  databaseUrl: string | null;
  /** 32 bytes; `null` refuses every backup (BACKUP_ENCRYPTION_KEY unset). */
  encryptionKey: Buffer | null;
  pgTools?: PgToolsOptions;
  /** Called once per run (the `tarodan_backups_total{outcome}` counter). */
  onOutcome?: (outcome: BackupOutcome) => void;
}

export interface BackupResult {
  /** Key in the `backups` bucket. */
  key: string;
  /** Encrypted size in bytes, as stored. */
  size: number;
  durationMs: number;
  /** Older backups removed by the retention rule after this one succeeded. */
  deleted: string[];
}

const DUMP_ARGS = ['--format=custom', '--compress=9', '--no-owner'];

/**
 * Takes an encrypted pg_dump of the configured PostgreSQL database into the `backups` bucket, then applies the
 * retention rule. The dump is streamed: pg_dump's stdout goes through AES-256-GCM straight into `storage.put`, so a
 * dump never sits whole in memory.
 */
export class BackupService {
  private readonly logger = new Logger('BackupService');
  private readonly catalog: BackupCatalog;

  constructor(
    private readonly storage: ObjectStorage,
    private readonly options: BackupServiceOptions,
  ) {
    this.catalog = new BackupCatalog(storage);
  }

  /** Why backups cannot run here, or `null` when they can (the scheduler stays quiet instead of failing daily). */
  unavailableReason(): string | null {
    if (!this.options.databaseUrl) {
      return 'Backups exist only for PostgreSQL: this process runs on the embedded PGlite database (DATABASE_URL is not set). Stop the API and copy DATA_DIR/pglite to back PGlite up.';
    }
    if (!this.options.encryptionKey) {
      return 'BACKUP_ENCRYPTION_KEY is not set: backups are encrypted and cannot be taken without it (create one with: openssl rand -base64 32).';
    }
    return null;
  }

  /** One backup taken at `now`. Throws `BackupError` with pg_dump's stderr when the dump fails; nothing is stored then. */
  async runBackup(now: Date): Promise<BackupResult> {
    const started = Date.now();
    let stored: { key: string; size: number };
    try {
      stored = await this.dumpToStorage(now);
    } catch (error) {
      this.options.onOutcome?.('failure');
      throw error;
    }
    this.options.onOutcome?.('success');
    const deleted = await this.applyRetention(now);
    const durationMs = Date.now() - started;
    this.logger.log(
      `Backup ${stored.key} stored (${stored.size} bytes, ${durationMs} ms, ${deleted.length} old backups removed).`,
    );
    return { ...stored, durationMs, deleted };
  }

  /**
   * Deletes the backups the retention rule no longer keeps. A failure here is logged, not thrown: the new backup is
   * good, and the next run tries again.
   */
  async applyRetention(now: Date): Promise<string[]> {
    try {
      const doomed = selectBackupsToDelete(await this.catalog.list(), now);
      for (const key of doomed) await this.storage.delete('backups', key);
      return doomed;
    } catch (error) {
      this.logger.error(`Backup retention failed; old backups were kept: ${(error as Error).message}`);
      return [];
    }
  }

  private async dumpToStorage(now: Date): Promise<{ key: string; size: number }> {
    const reason = this.unavailableReason();
    if (reason) {
      const code = this.options.databaseUrl
        ? BackupErrorCode.MissingKey
        : BackupErrorCode.UnsupportedDatabase;
      throw new BackupError(code, reason);
    }
    const key = backupKey(now);
    // Keys have one-second resolution: never let the cleanup below remove an earlier good backup of the same second.
    const existedBefore = await this.storage.exists('backups', key);
    const dump = startPgTool('pg_dump', DUMP_ARGS, this.options.databaseUrl!, this.options.pgTools);
    let dumpError: unknown = null;
    // Registered before the stream's own wait, so the failure is known by the time the upload rejects.
    dump.exited.catch((error: unknown) => {
      dumpError = error;
    });
    // The tag is written only after pg_dump exited 0; otherwise the stream errors and the adapter stores nothing.
    const encrypted = createEncryptStream(this.options.encryptionKey!, () => dump.exited);
    dump.stdout.on('error', (error) => encrypted.destroy(error));
    dump.stdout.pipe(encrypted);
    try {
      await this.storage.put('backups', key, encrypted, { contentType: 'application/octet-stream' });
      await dump.exited;
    } catch (error) {
      const cause = dumpError ?? error;
      dump.kill();
      encrypted.destroy();
      // Both adapters abort the upload when the stream errors (backup-upload.spec.ts), so this is a no-op; it keeps
      // the promise "no object unless pg_dump exited 0" should an adapter ever commit a stream that failed.
      if (!existedBefore) await this.storage.delete('backups', key).catch(() => undefined);
      throw cause instanceof BackupError
        ? cause
        : new BackupError(
            BackupErrorCode.StorageFailed,
            `Backup upload failed: ${(cause as Error).message}`,
            { cause },
          );
    }
    const [object] = await this.storage.list('backups', key);
    if (!object || object.key !== key) {
      throw new BackupError(
        BackupErrorCode.StorageFailed,
        `Backup ${key} was uploaded but is not in the bucket`,
      );
    }
    return { key, size: object.size };
  }
}
