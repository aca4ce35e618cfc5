import type { CacheStore } from './cache.port.js';
import { MemoryCacheStore } from './memory-cache.adapter.js';
import { RedisCacheStore } from './redis-cache.adapter.js';

export interface CreateCacheStoreOptions {
  /** Redis when set; an in-process memory cache otherwise. */
  redisUrl?: string;
  /** Redis key namespace, default `tarodan:`. */
  keyPrefix?: string;
  /** Bound on the memory cache, default 10 000 keys. */
  maxMemoryEntries?: number;
}

export function createCacheStore(options: CreateCacheStoreOptions = {}): CacheStore {
  if (options.redisUrl) {
    return new RedisCacheStore({ redisUrl: options.redisUrl, keyPrefix: options.keyPrefix });
  }
  return new MemoryCacheStore({ maxEntries: options.maxMemoryEntries });
}
