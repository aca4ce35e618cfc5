import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JobQueue } from '../../platform/queue/queue.port.js';
import type { SearchEngine } from '../../platform/search/search.port.js';
import { SearchEngines } from './search-engines.js';
import { drainSearchOutboxJob } from './search-indexing.job.js';
import { type OutboxRow, SearchIndexingRepository } from './search-indexing.repository.js';
import { holdIndexerLease, LEASE_MS } from './search-lease.js';
import { SearchResultCache } from './search-result-cache.js';

const BATCH = 500;
/** Batches per drain, so one job never runs for long; the next second's job continues. */
const MAX_BATCHES = 20;

export interface DrainReport {
  /** False when another process held the lease. */
  ran: boolean;
  postgres: number;
  elasticsearch: number;
}

/**
 * Applies the search outbox to the engines: stage 0 rows to PostgreSQL (then to stage 1 when Elasticsearch is
 * configured, or deleted), stage 1 rows to Elasticsearch unless its breaker is open (the backlog waits in the
 * outbox). Documents are built from the listings as they are now, so replaying a row is harmless; the lease keeps
 * two drains from interleaving an older read after a newer write.
 */
@Injectable()
export class SearchIndexer {
  private readonly holder = randomUUID();

  constructor(
    private readonly outbox: SearchIndexingRepository,
    @Inject(SearchEngines) private readonly engines: SearchEngines,
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(SearchResultCache) private readonly cache: SearchResultCache,
  ) {}

  /** The job handler: chain the next second's job first (a failed drain must not stop the chain), then drain. */
  async tick(second: number): Promise<void> {
    await this.scheduleAfter(second);
    await this.drain();
  }

  /** Enqueues the drain of the next second; idempotent across processes through its jobId. */
  async scheduleAfter(second: number): Promise<void> {
    const now = Date.now();
    const next = Math.max(second + 1, Math.floor(now / 1000) + 1);
    await this.queue.enqueue(
      drainSearchOutboxJob,
      { second: next },
      { jobId: `tick-${next}`, delayMs: Math.max(0, next * 1000 - now) },
    );
  }

  async drain(): Promise<DrainReport> {
    const report: DrainReport = { ran: false, postgres: 0, elasticsearch: 0 };
    if (!(await this.outbox.acquireLease(this.holder, LEASE_MS))) return report;
    report.ran = true;
    try {
      report.postgres = await this.drainStage(0, this.engines.postgres);
      const es = this.engines.elasticsearch;
      if (es && !this.engines.breaker.isOpen) {
        try {
          report.elasticsearch = await this.drainStage(1, es);
        } catch (error) {
          // The rows stay in stage 1: they are applied when Elasticsearch is back.
          this.engines.breaker.trip(error as Error);
        }
      }
    } finally {
      await this.outbox.releaseLease(this.holder);
    }
    return report;
  }

  /** Runs `rebuild` while holding the lease, so no drain writes to the index being replaced. */
  withLease<T>(rebuild: () => Promise<T>): Promise<T> {
    return holdIndexerLease(this.outbox, this.holder, rebuild);
  }

  private async drainStage(stage: 0 | 1, engine: SearchEngine): Promise<number> {
    let applied = 0;
    for (let i = 0; i < MAX_BATCHES; i += 1) {
      const rows = await this.outbox.batch(stage, BATCH);
      if (rows.length === 0) break;
      await this.apply(engine, rows);
      await this.cache.nextGeneration();
      const ids = rows.map((row) => row.id);
      if (stage === 0 && this.engines.elasticsearch) await this.outbox.advance(ids);
      else await this.outbox.delete(ids);
      applied += rows.length;
      if (rows.length < BATCH) break;
    }
    return applied;
  }

  private async apply(engine: SearchEngine, rows: readonly OutboxRow[]): Promise<void> {
    const listingIds = [...new Set(rows.map((row) => row.listingId))];
    const docs = await this.outbox.activeDocuments(listingIds);
    const active = new Set(docs.map((doc) => doc.id));
    await engine.upsert(docs);
    await engine.remove(listingIds.filter((id) => !active.has(id)));
  }
}
