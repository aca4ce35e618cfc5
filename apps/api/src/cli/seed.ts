import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../app.module.js';
import { InvalidConfigError, loadConfig } from '../config/app-config.js';
import { createDatabase } from '../platform/database/create-database.js';
import { type CatalogSeedSummary, seedCatalog } from '../seed/catalog.seed.js';
import { seedDatabase } from '../seed/seed.js';
import { startProcessors } from '../worker.processors.js';

// `pnpm db:seed [-- --listings=N]`: migrations, the reference data and demo accounts, then a catalog of listings
// created through the same services and image job as real sellers (N = 300 by default; 0 skips the catalog).
// Idempotent: a second run adds nothing. Refuses production.

const USAGE = 'usage: node dist/cli/seed.js [--listings=N]';

function listingsArgument(argv: readonly string[]): number {
  const arg = argv.find((a) => a.startsWith('--listings='));
  if (!arg) return 300;
  const value = Number(arg.slice('--listings='.length));
  if (!Number.isInteger(value) || value < 0 || value > 5000)
    throw new InvalidConfigError(`${USAGE} (0–5000)`);
  return value;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const statusList = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ') || 'none';

function printCatalog(summary: CatalogSeedSummary): void {
  if (summary.drafts === 0) {
    console.log(`Catalog: nothing to add; listings in the database: ${statusList(summary.totals)}`);
    return;
  }
  const { timings: t } = summary;
  const leftAsDrafts = summary.notPublished ? `, ${summary.notPublished} left as drafts` : '';
  console.log(
    `Catalog: ${summary.drafts} new listings by ${summary.sellers} sellers (${summary.profilesCreated} new seller ` +
      `profiles, ${summary.profilesPending} pending at iyzico); ${summary.photos} photos (${summary.distinctImages} ` +
      `distinct images from ${summary.scenes} scenes, ${summary.failedPhotos} failed); published: ` +
      `${statusList(summary.published)}${leftAsDrafts}`,
  );
  console.log(`Listings in the database: ${statusList(summary.totals)}`);
  console.log(
    `  render photos ${seconds(t.renderMs)}, upload + create drafts ${seconds(t.uploadAndDraftMs)}, ` +
      `then wait for image jobs ${seconds(t.imageJobsMs)}, publish ${seconds(t.publishMs)}`,
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const listings = listingsArgument(process.argv.slice(2));
  // Quiet by default: the seed prints its own summary. LOG_LEVEL=info shows the API's logs.
  const config = loadConfig({ LOG_LEVEL: 'error', ...process.env });
  if (config.isProduction) throw new InvalidConfigError('The development seed must not run in production');

  const database = await createDatabase(config.database);
  try {
    await database.migrate();
    const summary = await seedDatabase(database, { production: config.isProduction });
    console.log(
      `Seeded ${config.database.driver}: ${summary.categories} categories, ${summary.brands} brands, ` +
        `${summary.attributes} attributes (${summary.categoryAttributes} category links), ${summary.users} new users`,
    );
  } finally {
    await database.close();
  }
  if (listings > 0) {
    // The whole API without HTTP; job processors in this process, so photos are processed while we wait.
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    try {
      await startProcessors(app);
      printCatalog(await seedCatalog(app, { listings, log: (line) => console.log(line) }));
    } finally {
      await app.close();
    }
  }
  console.log(`Done in ${seconds(performance.now() - started)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
