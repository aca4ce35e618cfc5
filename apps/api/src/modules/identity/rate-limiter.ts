import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@tarodan/contracts';
import { CacheStore } from '../../platform/cache/cache.port.js';
import { AppError } from '../../platform/errors/app-error.js';

export type Limit = { key: string; max: number; windowSeconds: number };

/** Fixed-window limits on shared counters (Redis across replicas). Over the limit: 429 with Retry-After. */
@Injectable()
export class RateLimiter {
  constructor(private readonly cache: CacheStore) {}

  async consume(...limits: Limit[]): Promise<void> {
    for (const limit of limits) {
      const { count, resetInSeconds } = await this.cache.increment(
        `ratelimit:${limit.key}`,
        limit.windowSeconds,
      );
      if (count > limit.max) {
        const retryAfter = String(Math.max(1, resetInSeconds));
        throw new AppError(
          ErrorCode.RateLimited,
          `Too many attempts, try again in ${retryAfter} seconds`,
          undefined,
          {
            'retry-after': retryAfter,
          },
        );
      }
    }
  }
}
