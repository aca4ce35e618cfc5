import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { InvalidConfigError, loadConfig } from '../config/app-config.js';
import { SearchIndexingRepository } from '../modules/search/search-indexing.repository.js';
import { holdIndexerLease } from '../modules/search/search-lease.js';
import { createDatabase } from '../platform/database/create-database.js';
import { ElasticsearchSearchEngine } from '../platform/search/elasticsearch-search.adapter.js';
import { PostgresSearchEngine } from '../platform/search/postgres-search.adapter.js';
import type { SearchEngine } from '../platform/search/search.port.js';

// `pnpm --filter @tarodan/api search:reindex`: rebuilds the PostgreSQL search table and, when ELASTICSEARCH_URL is
// set, a new versioned Elasticsearch index that replaces the old one behind the alias at the end. Holds the indexer
// lease meanwhile, so listing changes wait in the outbox and reach the new index right after the swap.

const BATCH = 500;

function progressBar(label: string, total: number) {
  const width = 30;
  return (done: number) => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * width);
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.round(ratio * 100)}%`,
    );
  };
}

async function main() {
  const config = loadConfig();
  const database = await createDatabase(config.database);
  const outbox = new SearchIndexingRepository(database);
  const engines: SearchEngine[] = [new PostgresSearchEngine(database)];
  const es = config.search.elasticsearch;
  if (es)
    engines.push(
      new ElasticsearchSearchEngine({ node: es.url, indexPrefix: es.index, requestTimeoutMs: 30_000 }),
    );
  try {
    const total = await outbox.countActive();
    for (const engine of engines) {
      const started = Date.now();
      const count = await holdIndexerLease(outbox, `reindex-${randomUUID()}`, async () => {
        await engine.ensureIndex();
        return engine.reindex(outbox.allActiveDocuments(BATCH), progressBar(engine.name, total));
      });
      process.stderr.write(
        `\n${engine.name}: ${count} listings indexed in ${((Date.now() - started) / 1000).toFixed(1)} s, swapped in\n`,
      );
    }
  } finally {
    for (const engine of engines) await engine.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
