import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BackupError, BackupErrorCode } from './backup.errors.js';

/**
 * Encrypted backup file format, version 1:
 *
 *   `TARODANBK1` (10 bytes) | IV (12 bytes) | AES-256-GCM ciphertext of the pg_dump output | GCM tag (16 bytes)
 *
 * The magic and IV are also the GCM additional data, so changing any byte of the file fails the tag check. The tag
 * sits at the end so the file can be written as one stream while pg_dump is still running; the reader must see the
 * whole file before it trusts any of it (see `decryptBackupToFile`).
 */
export const BACKUP_MAGIC = Buffer.from('TARODANBK1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = BACKUP_MAGIC.length + IV_BYTES;
const KEY_BYTES = 32;
const ALGORITHM = 'aes-256-gcm';

/** For the env schema: a base64 value (e.g. `openssl rand -base64 32`) that must decode to exactly 32 bytes. */
export function decodeBackupEncryptionKey(base64: string): Buffer {
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(base64) ? Buffer.from(base64, 'base64') : Buffer.alloc(0);
  if (key.length !== KEY_BYTES) {
    throw new BackupError(
      BackupErrorCode.MissingKey,
      `The backup encryption key must be ${KEY_BYTES} bytes, base64-encoded (got ${key.length} bytes); create one with: openssl rand -base64 32`,
    );
  }
  return key;
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) {
    throw new BackupError(BackupErrorCode.MissingKey, `The backup encryption key must be ${KEY_BYTES} bytes`);
  }
}

/**
 * A stream that turns plaintext into the format above. `beforeFinish` runs after the last plaintext byte and before
 * the tag is written: when it rejects (pg_dump exited non-zero) the stream errors instead of finishing, so the
 * storage adapter aborts the upload and no object ever appears; even a truncated copy would lack its tag.
 */
export function createEncryptStream(
  key: Buffer,
  beforeFinish: () => Promise<void> = async () => {},
): Transform {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const header = Buffer.concat([BACKUP_MAGIC, iv]);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(header);
  let headerSent = false;
  const sendHeader = (stream: Transform) => {
    if (headerSent) return;
    headerSent = true;
    stream.push(header);
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sendHeader(this);
      callback(null, cipher.update(chunk));
    },
    flush(callback) {
      beforeFinish().then(
        () => {
          sendHeader(this);
          this.push(cipher.final());
          callback(null, cipher.getAuthTag());
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
}

/**
 * Checks the header, decrypts into `targetFile` (mode 0600) and verifies the tag. When the tag fails the file is
 * left half-written and this rejects with `BackupError(Corrupt)`: the caller must delete it and never use it. The
 * plaintext goes to disk rather than straight into pg_restore because the tag can only be checked at the very end,
 * and pg_restore must not act on bytes that turn out to be forged.
 */
export async function decryptBackupToFile(encrypted: Buffer, key: Buffer, targetFile: string): Promise<void> {
  assertKey(key);
  if (
    encrypted.length < HEADER_BYTES + TAG_BYTES ||
    !encrypted.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)
  ) {
    throw new BackupError(
      BackupErrorCode.Corrupt,
      'This is not a TARODAN backup (the TARODANBK1 header is missing)',
    );
  }
  const header = encrypted.subarray(0, HEADER_BYTES);
  const iv = header.subarray(BACKUP_MAGIC.length);
  const tag = encrypted.subarray(encrypted.length - TAG_BYTES);
  const ciphertext = encrypted.subarray(HEADER_BYTES, encrypted.length - TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(header);
  decipher.setAuthTag(tag);
  try {
    await pipeline(chunks(ciphertext), decipher, createWriteStream(targetFile, { mode: 0o600 }));
  } catch (error) {
    throw new BackupError(
      BackupErrorCode.Corrupt,
      'The backup failed its integrity check: it was truncated, changed, or encrypted with another key',
      { cause: error },
    );
  }
}

/** Feeds a large buffer in 1 MiB slices (views, no copies) so the pipeline keeps its backpressure. */
function chunks(buffer: Buffer, size = 1024 * 1024): Readable {
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= buffer.length) {
        this.push(null);
        return;
      }
      this.push(buffer.subarray(offset, offset + size));
      offset += size;
    },
  });
}
