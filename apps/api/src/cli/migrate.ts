import 'reflect-metadata';
import { loadConfig } from '../config/app-config.js';
import { createDatabase } from '../platform/database/create-database.js';

const config = loadConfig();
const database = await createDatabase(config.database);
try {
  await database.migrate();
  console.log(`Migrations applied to ${config.database.driver}`);
} finally {
  await database.close();
}
