import { Injectable } from '@nestjs/common';
import type { DependencyStatus, ReadinessReport } from '@tarodan/contracts';
import { CacheStore } from '../cache/cache.port.js';
import { Database } from '../database/database.js';
import { JobQueue } from '../queue/queue.port.js';
import { ObjectStorage } from '../storage/storage.port.js';

const TIMEOUT_MS = 3_000;

/** Readiness: every dependency this process was configured with answers, each within a timeout. */
@Injectable()
export class HealthService {
  constructor(
    private readonly database: Database,
    private readonly cache: CacheStore,
    private readonly queue: JobQueue,
    private readonly storage: ObjectStorage,
  ) {}

  async readiness(): Promise<ReadinessReport> {
    const checks = await Promise.all([
      check('database', this.database.driver, () => this.database.ping()),
      check('cache', this.cache.name, () => this.cache.ping()),
      check('queue', this.queue.name, () => this.queue.ping()),
      check('storage', this.storage.name, () => this.storage.ping()),
    ]);
    return { status: checks.every((c) => c.status === 'up') ? 'ok' : 'error', checks };
  }
}

async function check(name: string, adapter: string, ping: () => Promise<void>): Promise<DependencyStatus> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { name, adapter, status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      name,
      adapter,
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: message,
    };
  } finally {
    clearTimeout(timer);
  }
}
