import type { SearchDocument, SearchQuery, SearchResult, Suggestion } from '@tarodan/contracts';

export type { SearchDocument, SearchQuery, SearchResult, Suggestion };

/** Reports how far a reindex has come; `total` is null when the source cannot count in advance. */
export type ReindexProgress = (done: number) => void;

/**
 * Product search over active listings. Writes are idempotent and versioned: a document whose `version` is lower
 * than the stored one is ignored (an equal version replaces it, so a retried batch is harmless). The PostgreSQL
 * adapter is the embedded default and the fallback; the Elasticsearch adapter runs when `ELASTICSEARCH_URL` is set.
 * `search.contract.spec.ts` holds every adapter to the same answers.
 */
export abstract class SearchEngine {
  abstract readonly name: 'postgres' | 'elasticsearch';

  /** Creates the index (and alias) when missing; safe to call at every start. */
  abstract ensureIndex(): Promise<void>;

  /** Inserts or replaces documents, never going back to an older version of one. */
  abstract upsert(docs: readonly SearchDocument[]): Promise<void>;

  /** Removes documents; a missing one is not an error. */
  abstract remove(ids: readonly string[]): Promise<void>;

  abstract search(query: SearchQuery): Promise<SearchResult>;

  /** Brands, series and titles that start with (or nearly match) the prefix, brands first. */
  abstract suggest(prefix: string, limit: number): Promise<Suggestion[]>;

  /**
   * Rebuilds the whole index from `batches` into a new versioned index, then swaps it in at once: searches keep
   * answering from the old index until the swap. Returns how many documents the new index holds.
   */
  abstract reindex(
    batches: AsyncIterable<readonly SearchDocument[]>,
    onProgress?: ReindexProgress,
  ): Promise<number>;

  /** Resolves when the engine answers; rejects otherwise (used by /health/ready and the circuit breaker). */
  abstract ping(): Promise<void>;

  abstract close(): Promise<void>;
}
