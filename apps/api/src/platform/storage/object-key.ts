import { BUCKETS, type Bucket, type PutObjectOptions } from './storage.port.js';

export const MAX_KEY_LENGTH = 1024;
const SEGMENT = /^[A-Za-z0-9_=-][A-Za-z0-9._=-]*$/;

export class InvalidObjectKeyError extends Error {
  override readonly name = 'InvalidObjectKeyError';

  constructor(
    readonly key: string,
    readonly reason: string,
  ) {
    super(`Invalid object key "${key}": ${reason}`);
  }
}

export class UnknownBucketError extends Error {
  override readonly name = 'UnknownBucketError';

  constructor(readonly bucket: string) {
    super(`Unknown bucket "${bucket}"; buckets are ${BUCKETS.join(', ')}`);
  }
}

function keyProblem(key: string): string | undefined {
  if (typeof key !== 'string' || key.length === 0) return 'must not be empty';
  if (key.length > MAX_KEY_LENGTH) return `must be at most ${MAX_KEY_LENGTH} characters`;
  if (key.startsWith('/')) return 'must not start with "/"';
  for (const segment of key.split('/')) {
    if (segment === '') return 'must not contain empty segments ("//" or a trailing "/")';
    if (segment === '..' || segment === '.') return 'must not contain "." or ".." segments';
    if (segment.startsWith('.')) return 'segments must not start with "."';
    if (!SEGMENT.test(segment)) return 'may only contain letters, digits, ".", "_", "-", "=" and "/"';
  }
  return undefined;
}

export function assertObjectKey(key: string): void {
  const problem = keyProblem(key);
  if (problem) throw new InvalidObjectKeyError(key, problem);
}

export function isValidObjectKey(key: string): boolean {
  return keyProblem(key) === undefined;
}

/** A list prefix is empty, or a key, or a key followed by `/`. */
export function assertKeyPrefix(prefix: string): void {
  if (prefix === '') return;
  const problem = keyProblem(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
  if (problem) throw new InvalidObjectKeyError(prefix, `as a prefix, ${problem}`);
}

export function isBucket(value: string): value is Bucket {
  return (BUCKETS as readonly string[]).includes(value);
}

export function assertBucket(value: string): asserts value is Bucket {
  if (!isBucket(value)) throw new UnknownBucketError(value);
}

export function assertPutOptions(options: PutObjectOptions): void {
  const bad = (value: string | undefined) =>
    value !== undefined && (value.trim() === '' || /[\r\n]/.test(value));
  if (!options?.contentType || bad(options.contentType)) {
    throw new TypeError(`contentType must be a non-empty single-line string, got "${options?.contentType}"`);
  }
  if (bad(options.cacheControl)) throw new TypeError('cacheControl must be a non-empty single-line string');
}

export function assertExpiry(expiresInSeconds: number): void {
  if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > 7 * 24 * 3600) {
    throw new RangeError(`expiresInSeconds must be a whole number from 1 to 604800, got ${expiresInSeconds}`);
  }
}
