export const BackupErrorCode = {
  /** Backups are taken with pg_dump: the embedded PGlite database has none. */
  UnsupportedDatabase: 'backup-unsupported-database',
  /** BACKUP_ENCRYPTION_KEY is not configured (or is not 32 bytes). */
  MissingKey: 'backup-missing-key',
  /** pg_dump or pg_restore could not start or exited non-zero; the message carries its stderr. */
  ToolFailed: 'backup-tool-failed',
  /** The object store refused the upload or the download. */
  StorageFailed: 'backup-storage-failed',
  NotFound: 'backup-not-found',
  /** Not a TARODAN backup, a different key, truncated or tampered with: the GCM tag did not verify. */
  Corrupt: 'backup-corrupt',
} as const;
export type BackupErrorCode = (typeof BackupErrorCode)[keyof typeof BackupErrorCode];

/** Backups are an operator concern (worker job and CLI), never an HTTP answer: this error has no transport mapping. */
export class BackupError extends Error {
  override readonly name = 'BackupError';

  constructor(
    readonly code: BackupErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
