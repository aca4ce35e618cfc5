import {
  assertCacheKey,
  assertPositiveSeconds,
  CacheStore,
  toCacheJson,
  type WindowCount,
} from './cache.port.js';

export interface MemoryCacheOptions {
  /** Upper bound on stored keys; the least recently used key is evicted beyond it. Default 10 000. */
  maxEntries?: number;
}

interface Entry {
  json: string;
  /** Epoch milliseconds; undefined = no expiry. */
  expiresAt: number | undefined;
}

/**
 * In-process cache for development and single-process runs. Bounded (LRU eviction) so it cannot grow
 * forever; expired keys are dropped when touched (and, like any key, when they become the least recently used).
 */
export class MemoryCacheStore extends CacheStore {
  readonly name = 'memory' as const;
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;

  constructor(options: MemoryCacheOptions = {}) {
    super();
    this.maxEntries = options.maxEntries ?? 10_000;
    if (!Number.isInteger(this.maxEntries) || this.maxEntries < 1) {
      throw new RangeError(`maxEntries must be a positive integer, got ${options.maxEntries}`);
    }
  }

  async get<T>(key: string): Promise<T | undefined> {
    assertCacheKey(key);
    const entry = this.live(key);
    if (!entry) return undefined;
    this.touch(key, entry);
    return JSON.parse(entry.json) as T;
  }

  async set(key: string, value: unknown, ttlSeconds?: number): Promise<void> {
    assertCacheKey(key);
    if (ttlSeconds !== undefined) assertPositiveSeconds('ttlSeconds', ttlSeconds);
    const expiresAt = ttlSeconds === undefined ? undefined : Date.now() + ttlSeconds * 1000;
    this.store(key, { json: toCacheJson(value), expiresAt });
  }

  async delete(key: string): Promise<void> {
    assertCacheKey(key);
    this.entries.delete(key);
  }

  async deleteByPrefix(prefix: string): Promise<number> {
    assertCacheKey(prefix, 'Prefix');
    let deleted = 0;
    for (const key of [...this.entries.keys()]) {
      if (!key.startsWith(prefix)) continue;
      const live = this.live(key) !== undefined;
      this.entries.delete(key);
      if (live) deleted += 1;
    }
    return deleted;
  }

  async increment(key: string, windowSeconds: number): Promise<WindowCount> {
    assertCacheKey(key);
    assertPositiveSeconds('windowSeconds', windowSeconds);
    const now = Date.now();
    const current = this.live(key);
    const count = current ? Number(JSON.parse(current.json)) + 1 : 1;
    const expiresAt = current?.expiresAt ?? now + windowSeconds * 1000;
    this.store(key, { json: JSON.stringify(count), expiresAt });
    return { count, resetInSeconds: Math.max(1, Math.ceil((expiresAt - now) / 1000)) };
  }

  async take<T>(key: string): Promise<T | undefined> {
    assertCacheKey(key);
    // Read and delete with no await in between, so racing callers cannot both see the value.
    const entry = this.live(key);
    this.entries.delete(key);
    return entry ? (JSON.parse(entry.json) as T) : undefined;
  }

  async addToSet(key: string, members: string[], ttlSeconds: number): Promise<void> {
    assertPositiveSeconds('ttlSeconds', ttlSeconds);
    const current = new Set(await this.setMembers(key));
    for (const member of members) current.add(member);
    await this.set(key, [...current], ttlSeconds);
  }

  async removeFromSet(key: string, members: string[]): Promise<void> {
    const entry = this.live(key);
    if (!entry) return;
    const remaining = (JSON.parse(entry.json) as string[]).filter((m) => !members.includes(m));
    if (remaining.length === 0) this.entries.delete(key);
    else this.store(key, { json: JSON.stringify(remaining), expiresAt: entry.expiresAt });
  }

  async setMembers(key: string): Promise<string[]> {
    return (await this.get<string[]>(key)) ?? [];
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.entries.clear();
  }

  /** The entry if present and not expired; drops it when expired. */
  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Map iteration order is insertion order: re-inserting makes the key the most recently used. */
  private touch(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  private store(key: string, entry: Entry): void {
    this.touch(key, entry);
    if (this.entries.size > this.maxEntries) this.evict();
  }

  /** Drops the least recently used keys (the first in iteration order) until the bound holds. */
  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
