import type { AppConfig } from '../../config/app-config.js';
import { createObjectStorage } from '../../platform/storage/create-storage.js';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';

/** What the backup services need, taken from the one config object (the CLI and the Nest module both use this). */
export interface BackupSettings {
  /** `null` on PGlite: there is nothing pg_dump can reach. */
  databaseUrl: string | null;
  /** 32 bytes; `null` when BACKUP_ENCRYPTION_KEY is not set (backups are then refused, and never scheduled). */
  encryptionKey: Buffer | null;
  /** The hour (UTC, 0-23) the daily backup runs. */
  hourUtc: number;
}

// requires `config.backup` in AppConfig (BACKUP_ENCRYPTION_KEY, BACKUP_HOUR_UTC in env.schema.ts)
export function backupSettingsFrom(config: AppConfig): BackupSettings {
  return {
    databaseUrl: config.database.driver === 'postgres' ? config.database.url : null,
    encryptionKey: config.backup.encryptionKey,
    hourUtc: config.backup.hourUtc,
  };
}

/** The same object store the API uses (PlatformModule builds it the same way), for the CLIs that run without Nest. */
export function storageFrom(config: AppConfig): ObjectStorage {
  return createObjectStorage(
    config.storage.driver === 's3'
      ? config.storage
      : {
          driver: 'local',
          rootDir: config.storage.rootDir,
          signingSecret: config.fileSigningSecret,
          publicBaseUrl: config.http.publicUrl,
        },
  );
}
