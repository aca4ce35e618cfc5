import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import { Database } from './platform/database/database.js';
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
