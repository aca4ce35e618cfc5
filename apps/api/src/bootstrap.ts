import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import { Database } from './platform/database/database.js';
import { seedCatalog } from './seed/catalog.seed.js';
import { seedDatabase } from './seed/seed.js';

/** Migrations (and the development seed on embedded defaults) before the process starts serving. */
export async function prepareDatabase(app: INestApplicationContext, config: AppConfig): Promise<void> {
  const logger = new Logger('Database');
  const database = app.get(Database);
  if (config.database.migrateOnStart) {
    await database.migrate();
    logger.log(`Migrations applied (${database.driver})`);
  }
  if (config.database.seedOnStart && !config.isProduction) {
    const summary = await seedDatabase(database, { production: config.isProduction });
    logger.log(
      `Seed: ${summary.categories} categories, ${summary.brands} brands, ${summary.users} new users`,
    );
  }
}

/**
 * Development: fills an empty marketplace with demo listings in the background once the API serves (photos go
 * through the image job, so cards appear as they are processed). Idempotent; never in production.
 */
export function seedListingsInBackground(app: INestApplicationContext, config: AppConfig): void {
  const listings = config.database.seedListingsOnStart;
  if (listings === 0 || config.isProduction || !config.queue.runWorkersInApi) return;
  const logger = new Logger('Seed');
  logger.log(`Listing ${listings} demo toys in the background…`);
  seedCatalog(app, { listings, log: (line) => logger.log(line) })
    .then((summary) => logger.log(`Demo catalog ready: ${summary.drafts} new listings`))
    .catch((error: unknown) => logger.error(`Demo catalog failed: ${String(error)}`));
}
