import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Encryption of personal fields at rest (IBAN, TCKN, phone, address) with AES-256-GCM and key rotation.
 *
 * Token: `v1.<keyId>.<base64url iv (12 bytes)>.<base64url ciphertext ‖ tag (16 bytes)>`. The additional
 * authenticated data is `v1.<keyId>.<context>`, so a token only decrypts for the field it was written for
 * (`seller.iban` cannot be pasted into `buyer.phone`) and its key id cannot be swapped.
 *
 * Errors never contain plaintext or key material.
 */

const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export const FieldCipherErrorCode = {
  InvalidKeyConfig: 'INVALID_KEY_CONFIG',
  MalformedToken: 'MALFORMED_TOKEN',
  UnknownKey: 'UNKNOWN_KEY',
  DecryptionFailed: 'DECRYPTION_FAILED',
} as const;
export type FieldCipherErrorCode = (typeof FieldCipherErrorCode)[keyof typeof FieldCipherErrorCode];

/** Raised for bad key configuration and for tokens that cannot be decrypted; an internal (5xx) failure. */
export class FieldCipherError extends Error {
  constructor(
    readonly code: FieldCipherErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FieldCipherError';
  }
}

export type FieldCipherOptions = {
  keys: Record<string, Buffer>;
  activeKeyId: string;
};

type ParsedToken = { keyId: string; iv: Buffer; sealed: Buffer };

export class FieldCipher {
  private readonly keys: ReadonlyMap<string, Buffer>;
  readonly activeKeyId: string;

  constructor(options: FieldCipherOptions) {
    const keys = new Map<string, Buffer>();
    for (const [keyId, key] of Object.entries(options.keys)) {
      assertKeyId(keyId);
      if (key.length !== KEY_BYTES) {
        throw configError(`Encryption key "${keyId}" must be ${KEY_BYTES} bytes, got ${key.length}`);
      }
      keys.set(keyId, Buffer.from(key));
    }
    if (!keys.has(options.activeKeyId)) {
      throw configError(`Active encryption key "${options.activeKeyId}" is not among the configured keys`);
    }
    this.keys = keys;
    this.activeKeyId = options.activeKeyId;
  }

  /** Builds a cipher from the `PII_ENCRYPTION_KEYS` and `PII_ACTIVE_KEY_ID` values. */
  static fromEnv(keysEnv: string, activeKeyId: string): FieldCipher {
    return new FieldCipher({ keys: parseEncryptionKeys(keysEnv), activeKeyId: activeKeyId.trim() });
  }

  /** Encrypts with the active key and a fresh random IV; `context` names the field, e.g. `seller.iban`. */
  encrypt(plaintext: string, context: string): string {
    const keyId = this.activeKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keyFor(keyId), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(keyId, context));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, keyId, iv.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  decrypt(token: string, context: string): string {
    const { keyId, iv, sealed } = parseToken(token);
    const key = this.keyFor(keyId);
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad(keyId, context));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      const plain = Buffer.concat([
        decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    } catch {
      throw new FieldCipherError(
        FieldCipherErrorCode.DecryptionFailed,
        `Encrypted field could not be authenticated for context "${context}" (wrong context or tampered token)`,
      );
    }
  }

  /** True when the token was written with a key other than the active one (or is not a readable token). */
  needsRotation(token: string): boolean {
    return parseToken(token).keyId !== this.activeKeyId;
  }

  /** Re-encrypts with the active key; returns the token unchanged when it already uses it. */
  rotate(token: string, context: string): string {
    const plaintext = this.decrypt(token, context);
    return this.needsRotation(token) ? this.encrypt(plaintext, context) : token;
  }

  private keyFor(keyId: string): Buffer {
    const key = this.keys.get(keyId);
    if (!key) {
      throw new FieldCipherError(
        FieldCipherErrorCode.UnknownKey,
        `Encryption key "${keyId}" is not configured`,
      );
    }
    return key;
  }
}

/**
 * Parses `k2026a:<base64 32 bytes>,k2025b:<base64 32 bytes>` (standard or URL-safe base64, spaces ignored).
 * Every error names the key id it is about and never echoes the key.
 */
export function parseEncryptionKeys(env: string): Record<string, Buffer> {
  const entries = env
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0)
    throw configError('No encryption keys configured (expected "keyId:base64key,...")');
  const keys: Record<string, Buffer> = {};
  entries.forEach((entry, index) => {
    const separator = entry.indexOf(':');
    if (separator <= 0) {
      throw configError(`Encryption key entry #${index + 1} must look like "keyId:base64key"`);
    }
    const keyId = entry.slice(0, separator).trim();
    const encoded = entry.slice(separator + 1).trim();
    assertKeyId(keyId);
    if (Object.hasOwn(keys, keyId)) throw configError(`Encryption key "${keyId}" is listed twice`);
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) {
      throw configError(`Encryption key "${keyId}" is not valid base64`);
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== KEY_BYTES) {
      throw configError(`Encryption key "${keyId}" must decode to ${KEY_BYTES} bytes, got ${key.length}`);
    }
    keys[keyId] = key;
  });
  return keys;
}

/**
 * Keyed hash for equality lookups on encrypted fields (find a seller by TCKN without decrypting): HMAC-SHA256,
 * hex, of the value after NFKC normalisation, removal of all whitespace and upper-casing. Use a secret that is
 * separate from the encryption keys; changing it means recomputing every stored index.
 */
export function blindIndex(value: string, secret: Buffer | string): string {
  const secretBytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (secretBytes.length < 16) throw configError('Blind index secret must be at least 16 bytes');
  const normalised = normaliseForIndex(value);
  if (normalised === '') throw new Error('Blind index of an empty value would match every empty field');
  return createHmac('sha256', secretBytes).update(normalised, 'utf8').digest('hex');
}

/** `' tr33 0006 1005 '` and `'TR3300061005'` index the same; letters are upper-cased locale-independently. */
export function normaliseForIndex(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

function parseToken(token: string): ParsedToken {
  const parts = token.split('.');
  const [version, keyId, ivText, sealedText] = parts;
  if (parts.length !== 4 || version !== VERSION || !keyId || !ivText || !sealedText) {
    throw malformed(`Encrypted field is not a ${VERSION} token`);
  }
  if (!KEY_ID.test(keyId)) throw malformed('Encrypted field has an invalid key id');
  const iv = decodeBase64Url(ivText, 'IV');
  const sealed = decodeBase64Url(sealedText, 'ciphertext');
  if (iv.length !== IV_BYTES) throw malformed(`Encrypted field IV must be ${IV_BYTES} bytes`);
  if (sealed.length < TAG_BYTES)
    throw malformed('Encrypted field is too short to hold an authentication tag');
  return { keyId, iv, sealed };
}

/** Strict base64url: rejects other alphabets and non-canonical encodings, so a token has one spelling. */
function decodeBase64Url(text: string, what: string): Buffer {
  const bytes = BASE64URL.test(text) ? Buffer.from(text, 'base64url') : undefined;
  if (!bytes || bytes.toString('base64url') !== text)
    throw malformed(`Encrypted field ${what} is not base64url`);
  return bytes;
}

function aad(keyId: string, context: string): Buffer {
  if (context === '') throw new Error('Field encryption needs a context such as "seller.iban"');
  return Buffer.from(`${VERSION}.${keyId}.${context}`, 'utf8');
}

function assertKeyId(keyId: string): void {
  if (!KEY_ID.test(keyId)) {
    throw configError(
      `Encryption key id "${keyId}" must be 1-64 letters, digits, "_" or "-", starting with a letter or digit`,
    );
  }
}

function configError(message: string): FieldCipherError {
  return new FieldCipherError(FieldCipherErrorCode.InvalidKeyConfig, message);
}

function malformed(message: string): FieldCipherError {
  return new FieldCipherError(FieldCipherErrorCode.MalformedToken, message);
}
