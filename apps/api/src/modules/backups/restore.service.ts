import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import { BackupError, BackupErrorCode } from './backup.errors.js';
import { BackupCatalog, type BackupEntry } from './backup-catalog.js';
import { decryptBackupToFile } from './backup-crypto.js';
import { parseBackupKey } from './backup-key.js';
import { type PgToolsOptions, startPgTool } from './pg-tools.js';

export interface RestoreServiceOptions {
  /** 32 bytes: the key the backups were encrypted with. */
  encryptionKey: Buffer | null;
  pgTools?: PgToolsOptions;
  /** Where the decrypted dump is staged (default: the OS temp folder). It needs room for one whole dump. */
  tempDir?: string;
}

export interface RestoreResult {
  key: string;
  durationMs: number;
}

/**
 * `--clean --if-exists` drops each object of the dump before creating it again, so the target may be empty or an
 * older copy; `--single-transaction` with `--exit-on-error` makes the restore all or nothing.
 */
const RESTORE_ARGS = ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error'];

/** Downloads a backup, verifies and decrypts it, and loads it into a database with pg_restore. */
export class RestoreService {
  private readonly logger = new Logger('RestoreService');
  private readonly catalog: BackupCatalog;

  constructor(
    private readonly storage: ObjectStorage,
    private readonly options: RestoreServiceOptions,
  ) {
    this.catalog = new BackupCatalog(storage);
  }

  listBackups(): Promise<BackupEntry[]> {
    return this.catalog.list();
  }

  /** `latest` or a key from `listBackups`. */
  async resolveKey(keyOrLatest: string): Promise<string> {
    if (keyOrLatest !== 'latest') return keyOrLatest;
    const latest = await this.catalog.latest();
    if (!latest)
      throw new BackupError(BackupErrorCode.NotFound, 'There are no backups in the backups bucket yet');
    return latest.key;
  }

  /**
   * Restores `key` into `targetDatabaseUrl`. The whole file is authenticated (GCM tag) before pg_restore sees a
   * byte; a tampered, truncated or foreign file throws `BackupError(Corrupt)` and the target is left untouched.
   */
  async restoreBackup(key: string, targetDatabaseUrl: string): Promise<RestoreResult> {
    const started = Date.now();
    const encryptionKey = this.options.encryptionKey;
    if (!encryptionKey) {
      throw new BackupError(
        BackupErrorCode.MissingKey,
        'BACKUP_ENCRYPTION_KEY is not set: backups cannot be decrypted without it',
      );
    }
    if (!parseBackupKey(key)) {
      throw new BackupError(
        BackupErrorCode.NotFound,
        `"${key}" is not a backup key (expected postgres/<yyyy>/<mm>/tarodan-<timestamp>.dump.enc)`,
      );
    }
    // The storage port hands objects back whole, so the encrypted file is held in memory once; the plaintext is not.
    const object = await this.storage.get('backups', key).catch((error: unknown) => {
      throw new BackupError(
        BackupErrorCode.StorageFailed,
        `Could not download ${key}: ${(error as Error).message}`,
        { cause: error },
      );
    });
    if (!object) throw new BackupError(BackupErrorCode.NotFound, `No backup at ${key}`);

    const folder = await mkdtemp(join(this.options.tempDir ?? tmpdir(), 'tarodan-restore-'));
    try {
      const dumpFile = join(folder, 'database.dump');
      await decryptBackupToFile(object.body, encryptionKey, dumpFile);
      const restore = startPgTool(
        'pg_restore',
        [...RESTORE_ARGS, dumpFile],
        targetDatabaseUrl,
        this.options.pgTools,
      );
      restore.stdout.resume();
      await restore.exited;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    const durationMs = Date.now() - started;
    this.logger.log(`Backup ${key} restored into ${redact(targetDatabaseUrl)} in ${durationMs} ms.`);
    return { key, durationMs };
  }
}

/** The URL for logs, without its password. */
export function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.href;
  } catch {
    return '(invalid URL)';
  }
}
