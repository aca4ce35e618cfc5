import 'reflect-metadata';
import { loadConfig } from '../config/app-config.js';
import { createDatabase } from '../platform/database/create-database.js';
import { seedDatabase } from '../seed/seed.js';

const config = loadConfig();
const database = await createDatabase(config.database);
try {
  await database.migrate();
  const summary = await seedDatabase(database, { production: config.isProduction });
  console.log(
    `Seeded ${config.database.driver}: ${summary.categories} categories, ${summary.brands} brands, ${summary.users} new users`,
  );
} finally {
  await database.close();
}
