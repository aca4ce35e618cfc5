import { Redis } from 'ioredis';
import {
  assertCacheKey,
  assertPositiveSeconds,
  CacheStore,
  toCacheJson,
  type WindowCount,
} from './cache.port.js';

export interface RedisCacheOptions {
  redisUrl: string;
  /** Namespace for every key this store touches. Default `tarodan:`. */
  keyPrefix?: string;
  /** How long `ping()` waits for an answer. Default 2 000 ms. */
  pingTimeoutMs?: number;
}

/** INCR, and start the window's expiry on the first hit (or if a key somehow lost its TTL), in one atomic step. */
const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

const SCAN_BATCH = 500;

/**
 * Redis-backed cache shared by all API replicas. Keys are prefixed here rather than with ioredis' `keyPrefix`,
 * which does not apply to SCAN patterns and would make `deleteByPrefix` inconsistent.
 */
export class RedisCacheStore extends CacheStore {
  readonly name = 'redis' as const;
  private readonly redis: Redis;
  private readonly keyPrefix: string;
  private readonly pingTimeoutMs: number;
  /** Connection errors are kept for `ping()` to report instead of being printed by ioredis on every retry. */
  private lastError: Error | undefined;

  constructor(options: RedisCacheOptions) {
    super();
    this.keyPrefix = options.keyPrefix ?? 'tarodan:';
    this.pingTimeoutMs = options.pingTimeoutMs ?? 2_000;
    // A cache must fail fast when Redis is away instead of queueing commands for minutes.
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, connectionName: 'tarodan-cache' });
    this.redis.on('error', (error: Error) => {
      this.lastError = error;
    });
    this.redis.on('ready', () => {
      this.lastError = undefined;
    });
  }

  async get<T>(key: string): Promise<T | undefined> {
    assertCacheKey(key);
    const json = await this.redis.get(this.k(key));
    return json === null ? undefined : (JSON.parse(json) as T);
  }

  async set(key: string, value: unknown, ttlSeconds?: number): Promise<void> {
    assertCacheKey(key);
    const json = toCacheJson(value);
    if (ttlSeconds === undefined) {
      await this.redis.set(this.k(key), json);
      return;
    }
    assertPositiveSeconds('ttlSeconds', ttlSeconds);
    await this.redis.set(this.k(key), json, 'PX', Math.max(1, Math.round(ttlSeconds * 1000)));
  }

  async delete(key: string): Promise<void> {
    assertCacheKey(key);
    await this.redis.del(this.k(key));
  }

  async deleteByPrefix(prefix: string): Promise<number> {
    assertCacheKey(prefix, 'Prefix');
    const pattern = `${escapeGlob(this.k(prefix))}*`;
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', SCAN_BATCH);
      cursor = next;
      if (keys.length > 0) deleted += await this.redis.unlink(...keys);
    } while (cursor !== '0');
    return deleted;
  }

  async increment(key: string, windowSeconds: number): Promise<WindowCount> {
    assertCacheKey(key);
    assertPositiveSeconds('windowSeconds', windowSeconds);
    const windowMs = Math.max(1, Math.round(windowSeconds * 1000));
    const [count, ttlMs] = (await this.redis.eval(INCREMENT_SCRIPT, 1, this.k(key), windowMs)) as [
      number,
      number,
    ];
    return { count, resetInSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }

  async take<T>(key: string): Promise<T | undefined> {
    assertCacheKey(key);
    const json = await this.redis.getdel(this.k(key));
    return json === null ? undefined : (JSON.parse(json) as T);
  }

  async addToSet(key: string, members: string[], ttlSeconds: number): Promise<void> {
    assertCacheKey(key);
    assertPositiveSeconds('ttlSeconds', ttlSeconds);
    if (members.length === 0) return;
    await this.redis
      .multi()
      .sadd(this.k(key), ...members)
      .pexpire(this.k(key), Math.max(1, Math.round(ttlSeconds * 1000)))
      .exec();
  }

  async removeFromSet(key: string, members: string[]): Promise<void> {
    assertCacheKey(key);
    if (members.length > 0) await this.redis.srem(this.k(key), ...members);
  }

  async setMembers(key: string): Promise<string[]> {
    assertCacheKey(key);
    return this.redis.smembers(this.k(key));
  }

  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis cache did not answer PING within ${this.pingTimeoutMs} ms`)),
        this.pingTimeoutMs,
      );
    });
    try {
      await Promise.race([this.redis.ping(), timeout]);
    } catch (error) {
      const cause = this.lastError ?? error;
      throw new Error(`Redis cache is unreachable: ${(cause as Error).message}`, { cause });
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.redis.status === 'ready') {
      await this.redis.quit().catch(() => this.redis.disconnect());
    } else {
      this.redis.disconnect();
    }
  }

  private k(key: string): string {
    return `${this.keyPrefix}${key}`;
  }
}

/** Escapes Redis glob metacharacters so a prefix matches literally. */
function escapeGlob(value: string): string {
  return value.replace(/[\\*?[\]]/g, '\\$&');
}
