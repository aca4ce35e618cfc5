import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import { BACKUP_PREFIX, parseBackupKey } from './backup-key.js';

export interface BackupEntry {
  key: string;
  takenAt: Date;
  size: number;
  /** When the upload finished, as the store reports it. */
  storedAt: Date;
}

/** The backups in the `backups` bucket, read from their keys; other objects in the bucket are ignored. */
export class BackupCatalog {
  constructor(private readonly storage: ObjectStorage) {}

  /** Oldest first. */
  async list(): Promise<BackupEntry[]> {
    const objects = await this.storage.list('backups', BACKUP_PREFIX);
    const entries: BackupEntry[] = [];
    for (const object of objects) {
      const takenAt = parseBackupKey(object.key);
      if (takenAt)
        entries.push({ key: object.key, takenAt, size: object.size, storedAt: object.lastModified });
    }
    return entries.sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime());
  }

  async latest(): Promise<BackupEntry | null> {
    return (await this.list()).at(-1) ?? null;
  }
}
