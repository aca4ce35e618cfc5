import { Logger } from '@nestjs/common';
import type { SearchEngine } from '../../platform/search/search.port.js';
import { CircuitBreaker } from './circuit-breaker.js';

/**
 * The engines search runs on: PostgreSQL always (the index every write reaches first), Elasticsearch when configured,
 * with a circuit breaker that sends searches to PostgreSQL while Elasticsearch fails or is slow.
 */
export class SearchEngines {
  readonly breaker: CircuitBreaker;
  private readonly logger = new Logger('Search');

  constructor(
    readonly postgres: SearchEngine,
    readonly elasticsearch: SearchEngine | null,
    options: { timeoutMs: number; cooldownMs: number; onFallback: (active: boolean) => void },
  ) {
    this.breaker = new CircuitBreaker({
      timeoutMs: options.timeoutMs,
      cooldownMs: options.cooldownMs,
      onChange: (open, error) => {
        options.onFallback(open);
        if (open)
          this.logger.warn(`Elasticsearch failed (${error?.message}); searching on PostgreSQL meanwhile`);
        else this.logger.log('Elasticsearch answers again; searches are back on it');
      },
    });
  }

  /** Reads: Elasticsearch when it is configured and healthy, PostgreSQL otherwise. */
  read<T>(call: (engine: SearchEngine) => Promise<T>): Promise<T> {
    const es = this.elasticsearch;
    if (!es) return call(this.postgres);
    return this.breaker.run(
      () => call(es),
      () => call(this.postgres),
    );
  }
}
