import { createHash, randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { Counter } from 'prom-client';
import type { CacheStore } from '../../platform/cache/cache.port.js';

/** The key every process reads to know which index generation its cached answers belong to. */
export const SEARCH_GENERATION_KEY = 'search:generation';

/**
 * Caches search answers per index generation, the way Elasticsearch's shard request cache is dropped on refresh:
 * the indexer starts a new generation after every batch it applies, so a cached answer never outlives the index it
 * was computed from (sold listings still disappear within the drain interval). Identical searches in flight in this
 * process share one computation. A cache failure only costs the saving: the search is computed.
 */
export class SearchResultCache {
  private readonly logger = new Logger('SearchResultCache');
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: CacheStore,
    private readonly ttlSeconds: number,
    private readonly requests?: Counter,
  ) {}

  /** The cached answer of `kind` for `query` in the current generation, or `compute()` stored for the next caller. */
  async remember<T>(kind: string, query: unknown, compute: () => Promise<T>): Promise<T> {
    if (this.ttlSeconds <= 0) return compute();
    const key = `search:${kind}:${await this.generation()}:${fingerprint(query)}`;
    const running = this.inFlight.get(key);
    if (running) {
      this.requests?.inc({ kind, result: 'hit' });
      return running as Promise<T>;
    }
    const pending = this.lookup(kind, key, compute).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, pending);
    return pending;
  }

  /** Called by the indexer after the index changed: every answer cached so far belongs to the past. */
  async nextGeneration(): Promise<void> {
    if (this.ttlSeconds <= 0) return;
    await this.store.set(SEARCH_GENERATION_KEY, randomUUID());
  }

  private async lookup<T>(kind: string, key: string, compute: () => Promise<T>): Promise<T> {
    const cached = await this.store.get<T>(key).catch((error: Error) => this.warn(error));
    this.requests?.inc({ kind, result: cached === undefined ? 'miss' : 'hit' });
    if (cached !== undefined) return cached;
    const answer = await compute();
    await this.store.set(key, answer, this.ttlSeconds).catch((error: Error) => this.warn(error));
    return answer;
  }

  private async generation(): Promise<string> {
    const current = await this.store
      .get<string>(SEARCH_GENERATION_KEY)
      .catch((error: Error) => this.warn(error));
    return current ?? '0';
  }

  private warn(error: Error): undefined {
    this.logger.warn(`Search cache unavailable, computing instead: ${error.message}`);
    return undefined;
  }
}

/** The same query always hashes the same: object keys sorted, list filters sorted (`brand=a,b` = `brand=b,a`). */
function fingerprint(query: unknown): string {
  return createHash('sha256').update(canonicalJson(query)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map(canonicalJson);
    return `[${items.every((item) => item.startsWith('"')) ? items.sort().join(',') : items.join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
