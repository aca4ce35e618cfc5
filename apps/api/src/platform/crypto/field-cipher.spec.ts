import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  blindIndex,
  FieldCipher,
  FieldCipherError,
  FieldCipherErrorCode,
  parseEncryptionKeys,
} from './field-cipher.js';

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const keyEnv = (entries: Record<string, Buffer>) =>
  Object.entries(entries)
    .map(([id, key]) => `${id}:${key.toString('base64')}`)
    .join(',');

const cipherWith = (activeKeyId: string) =>
  new FieldCipher({ keys: { k2025b: oldKey, k2026a: newKey }, activeKeyId });
const cipher = cipherWith('k2026a');
const iban = 'TR330006100519786457841326';

function tokenParts(token: string): [string, string, string, string] {
  const parts = token.split('.');
  expect(parts).toHaveLength(4);
  return parts as [string, string, string, string];
}

/** Flips one bit of the decoded bytes of a token part and re-encodes it canonically. */
function flipByte(part: string, index: number): string {
  const bytes = Buffer.from(part, 'base64url');
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  return bytes.toString('base64url');
}

function expectCipherError(run: () => unknown, code: FieldCipherErrorCode, message?: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(FieldCipherError);
  expect((thrown as FieldCipherError).code).toBe(code);
  if (message) expect((thrown as FieldCipherError).message).toMatch(message);
}

describe('FieldCipher', () => {
  it('round-trips Turkish text, an IBAN and the empty string', () => {
    const address = 'Şişli, İstanbul — Çağlayan Mah. Gül Sk. No:5 Daire:3 (ığüşöç İĞÜŞÖÇ)';
    expect(cipher.decrypt(cipher.encrypt(address, 'buyer.address'), 'buyer.address')).toBe(address);
    expect(cipher.decrypt(cipher.encrypt(iban, 'seller.iban'), 'seller.iban')).toBe(iban);
    expect(cipher.decrypt(cipher.encrypt('', 'seller.note'), 'seller.note')).toBe('');
  });

  it('writes a compact v1 token with the active key id, a 12-byte IV and no plaintext', () => {
    const token = cipher.encrypt(iban, 'seller.iban');
    const [version, keyId, iv, sealed] = tokenParts(token);
    expect(version).toBe('v1');
    expect(keyId).toBe('k2026a');
    expect(Buffer.from(iv, 'base64url')).toHaveLength(12);
    expect(Buffer.from(sealed, 'base64url')).toHaveLength(iban.length + 16);
    expect(token).toMatch(/^v1\.k2026a\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(token).not.toContain('TR33');
  });

  it('uses a different IV, and so a different token, every time', () => {
    const tokens = Array.from({ length: 20 }, () => cipher.encrypt(iban, 'seller.iban'));
    expect(new Set(tokens).size).toBe(20);
    expect(new Set(tokens.map((token) => tokenParts(token)[2])).size).toBe(20);
  });

  it('rejects a token decrypted under another context', () => {
    const token = cipher.encrypt(iban, 'seller.iban');
    expectCipherError(
      () => cipher.decrypt(token, 'buyer.iban'),
      FieldCipherErrorCode.DecryptionFailed,
      /context "buyer\.iban"/,
    );
  });

  describe('detects tampering', () => {
    const token = cipher.encrypt(iban, 'seller.iban');
    const [version, keyId, iv, sealed] = tokenParts(token);
    const cases: [string, string][] = [
      ['a flipped ciphertext byte', [version, keyId, iv, flipByte(sealed, 0)].join('.')],
      ['a flipped tag byte', [version, keyId, iv, flipByte(sealed, -1)].join('.')],
      ['a flipped IV byte', [version, keyId, flipByte(iv, 5), sealed].join('.')],
      ['the key id swapped for another configured key', [version, 'k2025b', iv, sealed].join('.')],
    ];
    it.each(cases)('%s', (_, tampered) => {
      expectCipherError(() => cipher.decrypt(tampered, 'seller.iban'), FieldCipherErrorCode.DecryptionFailed);
    });

    it('a key id changed to one that is not configured', () => {
      const tampered = [version, 'k2026b', iv, sealed].join('.');
      expectCipherError(
        () => cipher.decrypt(tampered, 'seller.iban'),
        FieldCipherErrorCode.UnknownKey,
        /"k2026b" is not configured/,
      );
    });

    it.each([
      ['an unknown version', ['v2', keyId, iv, sealed].join('.')],
      ['a missing part', [version, keyId, sealed].join('.')],
      ['a truncated IV', [version, keyId, iv.slice(0, 12), sealed].join('.')],
      ['a sealed part shorter than the tag', [version, keyId, iv, sealed.slice(0, 16)].join('.')],
      ['standard base64 characters', [version, keyId, `${iv.slice(0, 15)}+`, sealed].join('.')],
      ['a non-canonical base64url spelling', [version, keyId, iv, `${sealed}A`].join('.')],
      ['an empty token', ''],
    ])('%s is a malformed token', (_, tampered) => {
      expectCipherError(() => cipher.decrypt(tampered, 'seller.iban'), FieldCipherErrorCode.MalformedToken);
    });
  });

  describe('key rotation', () => {
    const before = cipherWith('k2025b');
    const after = cipherWith('k2026a');
    const oldToken = before.encrypt(iban, 'seller.iban');

    it('still decrypts tokens written with the previous key after the active key changes', () => {
      expect(after.decrypt(oldToken, 'seller.iban')).toBe(iban);
    });

    it('reports tokens written with a key other than the active one', () => {
      expect(after.needsRotation(oldToken)).toBe(true);
      expect(after.needsRotation(after.encrypt(iban, 'seller.iban'))).toBe(false);
    });

    it('rotates an old token to the active key and keeps the plaintext', () => {
      const rotated = after.rotate(oldToken, 'seller.iban');
      expect(tokenParts(rotated)[1]).toBe('k2026a');
      expect(after.needsRotation(rotated)).toBe(false);
      expect(after.decrypt(rotated, 'seller.iban')).toBe(iban);
      const oldKeyOnly = new FieldCipher({ keys: { k2025b: oldKey }, activeKeyId: 'k2025b' });
      expectCipherError(() => oldKeyOnly.decrypt(rotated, 'seller.iban'), FieldCipherErrorCode.UnknownKey);
    });

    it('returns a current token unchanged and refuses to rotate under the wrong context', () => {
      const current = after.encrypt(iban, 'seller.iban');
      expect(after.rotate(current, 'seller.iban')).toBe(current);
      expectCipherError(() => after.rotate(oldToken, 'seller.tckn'), FieldCipherErrorCode.DecryptionFailed);
    });

    it('builds from the env values the API is configured with', () => {
      const fromEnv = FieldCipher.fromEnv(keyEnv({ k2026a: newKey, k2025b: oldKey }), ' k2026a ');
      expect(fromEnv.decrypt(oldToken, 'seller.iban')).toBe(iban);
      expect(fromEnv.activeKeyId).toBe('k2026a');
    });
  });

  it('refuses an active key id that is not configured and keys that are not 32 bytes', () => {
    expectCipherError(
      () => new FieldCipher({ keys: { k2026a: newKey }, activeKeyId: 'k2027a' }),
      FieldCipherErrorCode.InvalidKeyConfig,
      /"k2027a" is not among/,
    );
    expectCipherError(
      () => new FieldCipher({ keys: { short: randomBytes(16) }, activeKeyId: 'short' }),
      FieldCipherErrorCode.InvalidKeyConfig,
      /"short" must be 32 bytes, got 16/,
    );
  });
});

describe('parseEncryptionKeys', () => {
  it('parses several keys in standard or URL-safe base64, ignoring spaces and empty entries', () => {
    const env = ` k2026a:${newKey.toString('base64')} , k2025b:${oldKey.toString('base64url')},`;
    const keys = parseEncryptionKeys(env);
    expect(Object.keys(keys)).toEqual(['k2026a', 'k2025b']);
    expect(keys.k2026a?.equals(newKey)).toBe(true);
    expect(keys.k2025b?.equals(oldKey)).toBe(true);
  });

  const good = newKey.toString('base64');
  it.each([
    [
      'a 16-byte key',
      `k2026a:${good},short1:${randomBytes(16).toString('base64')}`,
      /"short1" must decode to 32 bytes, got 16/,
    ],
    [
      'a 33-byte key',
      `long1:${randomBytes(33).toString('base64')}`,
      /"long1" must decode to 32 bytes, got 33/,
    ],
    ['an empty key', 'empty1:', /"empty1" is not valid base64/],
    ['a key that is not base64', 'bad1:not*base64!', /"bad1" is not valid base64/],
    ['a duplicate key id', `k2026a:${good},k2026a:${good}`, /"k2026a" is listed twice/],
    ['a key id with a dot', `k.2026:${good}`, /key id "k\.2026"/],
    ['a key id like __proto__', `__proto__:${good}`, /key id "__proto__"/],
    ['an entry without a key id', `:${good}`, /entry #1 must look like "keyId:base64key"/],
    ['an entry without a colon', `k2026a:${good},k2025b`, /entry #2 must look like/],
    ['an empty value', ' , ', /No encryption keys configured/],
  ])('rejects %s, naming the key', (_, env, message) => {
    expectCipherError(() => parseEncryptionKeys(env), FieldCipherErrorCode.InvalidKeyConfig, message);
  });

  it('never echoes key material in its errors', () => {
    const shortKey = randomBytes(16).toString('base64');
    try {
      parseEncryptionKeys(`k1:${shortKey}`);
    } catch (error) {
      expect((error as Error).message).not.toContain(shortKey);
    }
    expect.assertions(1);
  });
});

describe('blindIndex', () => {
  const secret = randomBytes(32);

  it('is a stable 64-character hex HMAC for the same value and secret', () => {
    const first = blindIndex('10000000146', secret);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(blindIndex('10000000146', secret)).toBe(first);
  });

  it('normalises spacing, case and Unicode forms before hashing', () => {
    const canonical = blindIndex('TR330006100519786457841326', secret);
    expect(blindIndex(' tr33 0006 1005 1978 6457 8413 26 ', secret)).toBe(canonical);
    expect(blindIndex('TR33\u00a00006\t1005 1978 6457 8413 26', secret)).toBe(canonical);
    expect(blindIndex('\uff34\uff32330006100519786457841326', secret)).toBe(canonical);
  });

  it('differs for different values and for different secrets', () => {
    expect(blindIndex('10000000146', secret)).not.toBe(blindIndex('10000000147', secret));
    expect(blindIndex('10000000146', secret)).not.toBe(blindIndex('10000000146', randomBytes(32)));
  });

  it('refuses short secrets and empty values', () => {
    expectCipherError(() => blindIndex('10000000146', 'short'), FieldCipherErrorCode.InvalidKeyConfig);
    expect(() => blindIndex('   ', secret)).toThrow(/empty value/);
  });
});
