/** Every database backup lives under this prefix of the `backups` bucket. */
export const BACKUP_PREFIX = 'postgres/';

const KEY = /^postgres\/(\d{4})\/(\d{2})\/tarodan-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.dump\.enc$/;

/**
 * `postgres/<yyyy>/<mm>/tarodan-<yyyymmddThhmmssZ>.dump.enc`. The timestamp is ISO 8601 in its basic format (UTC,
 * whole seconds): object keys may not contain `:`, and the basic format still sorts by time.
 */
export function backupKey(at: Date): string {
  const iso = at.toISOString(); // 2025-01-02T03:04:05.678Z
  const year = iso.slice(0, 4);
  const month = iso.slice(5, 7);
  const stamp = `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
  return `${BACKUP_PREFIX}${year}/${month}/tarodan-${stamp}.dump.enc`;
}

/** The time a backup was taken, from its key; `null` for any other object (a stray file is never a backup). */
export function parseBackupKey(key: string): Date | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const [, , , year, month, day, hour, minute, second] = match;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  // The round trip rejects impossible dates (Feb 30) and a folder that does not match the timestamp.
  return !Number.isNaN(date.getTime()) && backupKey(date) === key ? date : null;
}
