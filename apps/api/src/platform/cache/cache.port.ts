/** The state of one fixed-window counter after an increment (rate limiting). */
export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Whole seconds until the window closes and the count starts again from zero. */
  resetInSeconds: number;
}

/**
 * Key/value cache for JSON values, shared by every API replica when backed by Redis.
 * Used for response caching, sessions and rate limits. Keys are plain strings; adapters namespace them.
 */
export abstract class CacheStore {
  abstract readonly name: 'redis' | 'memory';

  /** The stored value, or `undefined` on a miss (a cached `null` comes back as `null`). */
  abstract get<T>(key: string): Promise<T | undefined>;

  /** Stores a JSON-serialisable value; without `ttlSeconds` it stays until deleted (or evicted). */
  abstract set(key: string, value: unknown, ttlSeconds?: number): Promise<void>;

  abstract delete(key: string): Promise<void>;

  /** Deletes every key starting with `prefix` (which must not be empty); resolves to how many were deleted. */
  abstract deleteByPrefix(prefix: string): Promise<number>;

  /**
   * Fixed-window counter: adds one hit to `key`; the first hit opens a window of `windowSeconds`.
   * Atomic, so replicas sharing a Redis share the count.
   */
  abstract increment(key: string, windowSeconds: number): Promise<WindowCount>;

  /** Reads and deletes a value in one atomic step: of two callers racing for the same key, only one gets it. */
  abstract take<T>(key: string): Promise<T | undefined>;

  /** Adds members to the set at `key` and (re)starts its expiry (e.g. the index of a user's sessions). */
  abstract addToSet(key: string, members: string[], ttlSeconds: number): Promise<void>;

  abstract removeFromSet(key: string, members: string[]): Promise<void>;

  /** The members of a set, in no particular order; empty when the key does not exist. */
  abstract setMembers(key: string): Promise<string[]>;

  /** Resolves when the backing service answers; rejects otherwise (used by /health/ready). */
  abstract ping(): Promise<void>;

  abstract close(): Promise<void>;
}

/** Serialises a cache value, refusing what JSON cannot round-trip as a value (undefined, functions, symbols). */
export function toCacheJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) {
    throw new TypeError(`Cache values must be JSON-serialisable, got ${typeof value}`);
  }
  return json;
}

export function assertPositiveSeconds(name: string, seconds: number): void {
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new RangeError(`${name} must be a positive number of seconds, got ${seconds}`);
  }
}

export function assertCacheKey(key: string, what = 'Cache key'): void {
  if (typeof key !== 'string' || key.length === 0) {
    throw new TypeError(`${what} must be a non-empty string`);
  }
}
