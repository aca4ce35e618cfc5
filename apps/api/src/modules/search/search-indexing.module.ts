import {
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { CacheStore } from '../../platform/cache/cache.port.js';
import { Database } from '../../platform/database/database.js';
import { MetricsRegistry } from '../../platform/metrics/metrics-registry.js';
import { JobQueue } from '../../platform/queue/queue.port.js';
import { ElasticsearchSearchEngine } from '../../platform/search/elasticsearch-search.adapter.js';
import { PostgresSearchEngine } from '../../platform/search/postgres-search.adapter.js';
import { searchCacheRequests, searchFallbackActivations, searchFallbackGauge } from './search.metrics.js';
import { SearchEngines } from './search-engines.js';
import { SearchIndexer } from './search-indexer.service.js';
import { drainSearchOutboxJob } from './search-indexing.job.js';
import { SearchIndexingRepository } from './search-indexing.repository.js';
import { SearchResultCache } from './search-result-cache.js';

/** Re-enqueues the once-a-second drain this often, in case a process restart or a Redis outage broke the chain. */
const CHAIN_CHECK_MS = 10_000;

/**
 * The search engines and the worker side of search: the `drain-search-outbox` job on the `search` queue. Import it in
 * the API (through SearchModule) and in the worker: the handler runs wherever the queues are processed.
 */
@Module({
  providers: [
    {
      provide: SearchEngines,
      inject: [AppConfig, Database, MetricsRegistry],
      useFactory: (config: AppConfig, database: Database, metrics: MetricsRegistry) => {
        const gauge = searchFallbackGauge(metrics.registry);
        const activations = searchFallbackActivations(metrics.registry);
        const es = config.search.elasticsearch;
        return new SearchEngines(
          new PostgresSearchEngine(database),
          es ? new ElasticsearchSearchEngine({ node: es.url, indexPrefix: es.index }) : null,
          {
            timeoutMs: config.search.timeoutMs,
            cooldownMs: config.search.cooldownMs,
            onFallback: (active) => {
              gauge.set(active ? 1 : 0);
              if (active) activations.inc();
            },
          },
        );
      },
    },
    {
      provide: SearchResultCache,
      inject: [AppConfig, CacheStore, MetricsRegistry],
      useFactory: (config: AppConfig, store: CacheStore, metrics: MetricsRegistry) =>
        new SearchResultCache(store, config.search.cacheTtlSeconds, searchCacheRequests(metrics.registry)),
    },
    SearchIndexingRepository,
    SearchIndexer,
  ],
  exports: [SearchEngines, SearchIndexer, SearchIndexingRepository, SearchResultCache],
})
export class SearchIndexingModule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SearchIndexing');
  private chainCheck?: NodeJS.Timeout;

  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(SearchIndexer) private readonly indexer: SearchIndexer,
    @Inject(SearchEngines) private readonly engines: SearchEngines,
  ) {}

  onModuleInit() {
    this.queue.register(drainSearchOutboxJob, ({ second }) => this.indexer.tick(second));
  }

  async onApplicationBootstrap() {
    const es = this.engines.elasticsearch;
    if (es) await es.ensureIndex().catch((error: Error) => this.engines.breaker.trip(error));
    const schedule = () =>
      this.indexer
        .scheduleAfter(Math.floor(Date.now() / 1000))
        .catch((error: Error) =>
          this.logger.error(`Could not schedule the search indexer: ${error.message}`),
        );
    await schedule();
    this.chainCheck = setInterval(schedule, CHAIN_CHECK_MS);
    this.chainCheck.unref();
  }

  async onApplicationShutdown() {
    clearInterval(this.chainCheck);
    await this.engines.elasticsearch?.close();
  }
}
