import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { type AppConfig, loadConfig } from '../config/app-config.js';
import { backupSettingsFrom, storageFrom } from '../modules/backups/backup.options.js';
import { BackupService } from '../modules/backups/backup.service.js';

/** `pnpm db:backup`: one backup now, with the same config as the API; prints the key of the stored backup. */
// stdout carries only the answer (a key, a listing), so scripts can capture it; warnings and errors go to stderr.
Logger.overrideLogger(['warn', 'error']);
let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const storage = storageFrom(config);
try {
  await storage.ensureBuckets();
  const result = await new BackupService(storage, backupSettingsFrom(config)).runBackup(new Date());
  console.log(result.key);
  for (const key of result.deleted) console.error(`Removed by retention: ${key}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await storage.close();
}
