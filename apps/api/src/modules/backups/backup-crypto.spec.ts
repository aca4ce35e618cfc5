import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BACKUP_MAGIC,
  createEncryptStream,
  decodeBackupEncryptionKey,
  decryptBackupToFile,
} from './backup-crypto.js';

describe('backup encryption', () => {
  const key = randomBytes(32);
  const plaintext = randomBytes(3 * 1024 * 1024 + 17);
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tarodan-backup-crypto-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const encrypt = (data: Buffer, before?: () => Promise<void>) =>
    buffer(
      Readable.from([data.subarray(0, 1000), data.subarray(1000)]).pipe(createEncryptStream(key, before)),
    );

  it('writes the TARODANBK1 header and IV first and decrypts back to the same bytes', async () => {
    const encrypted = await encrypt(plaintext);
    expect(encrypted.subarray(0, 10).equals(BACKUP_MAGIC)).toBe(true);
    expect(encrypted.length).toBe(plaintext.length + 10 + 12 + 16);
    const file = join(folder, 'ok.dump');
    await decryptBackupToFile(encrypted, key, file);
    expect((await readFile(file)).equals(plaintext)).toBe(true);
  });

  it('encrypts an empty input too', async () => {
    const encrypted = await buffer(Readable.from([]).pipe(createEncryptStream(key)));
    const file = join(folder, 'empty.dump');
    await decryptBackupToFile(encrypted, key, file);
    expect((await readFile(file)).length).toBe(0);
  });

  it.each([
    ['a flipped ciphertext byte', (b: Buffer) => b.with(5000, b[5000]! ^ 1)],
    ['a flipped IV byte', (b: Buffer) => b.with(12, b[12]! ^ 1)],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length - 1)],
  ])('rejects %s', async (_name, tamper) => {
    const encrypted = await encrypt(plaintext);
    await expect(
      decryptBackupToFile(Buffer.from(tamper(encrypted)), key, join(folder, 'bad.dump')),
    ).rejects.toMatchObject({
      code: 'backup-corrupt',
    });
  });

  it('rejects another key and a file that is not a backup', async () => {
    const encrypted = await encrypt(plaintext);
    await expect(decryptBackupToFile(encrypted, randomBytes(32), join(folder, 'x.dump'))).rejects.toThrow(
      /integrity check/,
    );
    await expect(
      decryptBackupToFile(Buffer.from('PGDMP...'.repeat(10)), key, join(folder, 'y.dump')),
    ).rejects.toThrow(/not a TARODAN backup/);
  });

  it('errors instead of finishing when the producer fails, so no tag is ever written', async () => {
    await expect(
      encrypt(plaintext, async () => Promise.reject(new Error('pg_dump exited with code 1'))),
    ).rejects.toThrow(/pg_dump exited/);
  });

  it('accepts only a base64 key of exactly 32 bytes', () => {
    expect(decodeBackupEncryptionKey(key.toString('base64')).equals(key)).toBe(true);
    expect(() => decodeBackupEncryptionKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => decodeBackupEncryptionKey('not base64!')).toThrow(/32 bytes/);
  });
});
