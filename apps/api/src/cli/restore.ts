import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { type AppConfig, loadConfig } from '../config/app-config.js';
import { backupSettingsFrom, storageFrom } from '../modules/backups/backup.options.js';
import { RestoreService, redact } from '../modules/backups/restore.service.js';

const USAGE = `Usage:
  node dist/cli/restore.js --list
  node dist/cli/restore.js <key|latest> <target DATABASE_URL> [--force]

Restores a backup from the backups bucket into the target database with pg_restore --clean --if-exists:
every object in the backup is dropped and recreated there. Restoring into the database this environment runs
on (DATABASE_URL) needs --force; prefer a fresh database, check it, then switch over.`;

/** `pnpm db:restore`: lists backups, or restores one (decrypting and verifying it first) into a chosen database. */
const args = process.argv.slice(2);
const force = args.includes('--force');
const positional = args.filter((arg) => !arg.startsWith('--'));
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
const restores = new RestoreService(storage, { encryptionKey: backupSettingsFrom(config).encryptionKey });

async function main(): Promise<void> {
  if (args.includes('--list')) {
    const backups = await restores.listBackups();
    if (backups.length === 0) console.error('No backups yet.');
    for (const backup of backups) {
      console.log(`${backup.key}\t${backup.size} bytes\tstored ${backup.storedAt.toISOString()}`);
    }
    return;
  }
  const [keyOrLatest, target] = positional;
  if (!keyOrLatest || !target || positional.length > 2) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  if (config.database.driver === 'postgres' && sameDatabase(target, config.database.url) && !force) {
    console.error(`${redact(target)} is this environment's DATABASE_URL; add --force to overwrite it.`);
    process.exitCode = 2;
    return;
  }
  const key = await restores.resolveKey(keyOrLatest);
  console.error(`Restoring ${key} into ${redact(target)}...`);
  const result = await restores.restoreBackup(key, target);
  console.log(`Restored ${result.key} in ${Math.round(result.durationMs / 1000)} s`);
}

function sameDatabase(a: string, b: string): boolean {
  const where = (value: string) => {
    const url = new URL(value);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  };
  try {
    return where(a) === where(b);
  } catch {
    return false;
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await storage.close();
}
