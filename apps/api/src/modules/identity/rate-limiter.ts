import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@tarodan/contracts';
import { CacheStore } from '../../platform/cache/cache.port.js';
import { AppError } from '../../platform/errors/app-error.js';

export type Limit = { key: string; max: number; windowSeconds: number };

/** Fixed-window limits on shared counters (Redis across replicas). Over the limit: 429 with Retry-After. */
@Injectable()
export class RateLimiter {
  constructor(private readonly cache: CacheStore) {}

  /** Refuses while a lock set by `recordFailure` lasts (e.g. after 5 wrong passwords in a minute). */
  async assertNotLocked(...limits: Limit[]): Promise<void> {
    for (const limit of limits) {
      const lock = await this.cache.get<{ until: number }>(`ratelimit:lock:${limit.key}`);
      if (lock && lock.until > Date.now()) throw tooMany(Math.ceil((lock.until - Date.now()) / 1000));
    }
  }

  /** Counts a failure; reaching `max` in the window locks the key until the window ends. */
  async recordFailure(...limits: Limit[]): Promise<void> {
    for (const limit of limits) {
      const { count, resetInSeconds } = await this.cache.increment(
        `ratelimit:${limit.key}`,
        limit.windowSeconds,
      );
      if (count >= limit.max) {
        const until = Date.now() + resetInSeconds * 1000;
        await this.cache.set(`ratelimit:lock:${limit.key}`, { until }, resetInSeconds);
      }
    }
  }

  async consume(...limits: Limit[]): Promise<void> {
    for (const limit of limits) {
      const { count, resetInSeconds } = await this.cache.increment(
        `ratelimit:${limit.key}`,
        limit.windowSeconds,
      );
      if (count > limit.max) throw tooMany(resetInSeconds);
    }
  }
}

function tooMany(seconds: number): AppError {
  const retryAfter = String(Math.max(1, seconds));
  return new AppError(
    ErrorCode.RateLimited,
    `Too many attempts, try again in ${retryAfter} seconds`,
    undefined,
    {
      'retry-after': retryAfter,
    },
  );
}
