import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../platform/database/create-database.js';
import type { Database } from '../../platform/database/database.js';
import { brands } from '../../platform/database/schema/index.js';
import { createObjectStorage } from '../../platform/storage/create-storage.js';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import { seedDatabase } from '../../seed/seed.js';
import { testServices } from '../../test/services.js';
import { BackupMetrics } from './backup.metrics.js';
import { type BackupOutcome, BackupService } from './backup.service.js';
import { BACKUP_MAGIC } from './backup-crypto.js';
import { backupKey } from './backup-key.js';
import { RestoreService } from './restore.service.js';

const databaseUrl = testServices.databaseUrl();
const encryptionKey = randomBytes(32);

async function localStorage(): Promise<{ storage: ObjectStorage; rootDir: string }> {
  const rootDir = await mkdtemp(join(tmpdir(), 'tarodan-backups-'));
  const storage = createObjectStorage({
    driver: 'local',
    rootDir,
    signingSecret: 'x'.repeat(32),
    publicBaseUrl: 'http://localhost',
  });
  await storage.ensureBuckets();
  return { storage, rootDir };
}

describe('backups without PostgreSQL', () => {
  it('refuses to back up the embedded PGlite database and says why', async () => {
    const { storage, rootDir } = await localStorage();
    const outcomes: BackupOutcome[] = [];
    const service = new BackupService(storage, {
      databaseUrl: null,
      encryptionKey,
      onOutcome: (o) => outcomes.push(o),
    });
    await expect(service.runBackup(new Date())).rejects.toMatchObject({
      code: 'backup-unsupported-database',
      message: expect.stringMatching(/only for PostgreSQL.*PGlite/),
    });
    expect(outcomes).toEqual(['failure']);
    expect(await storage.list('backups')).toEqual([]);
    await rm(rootDir, { recursive: true, force: true });
  });
});

// The drill needs a real server: it is defined when DATABASE_URL is set (always in CI, where it is required).
if (databaseUrl) {
  describe('restore drill on PostgreSQL', () => {
    const suffix = randomBytes(4).toString('hex');
    const sourceName = `tarodan_restore_src_${suffix}`;
    const targetName = `tarodan_restore_dst_${suffix}`;
    const urlFor = (name: string) => {
      const url = new URL(databaseUrl);
      url.pathname = `/${name}`;
      return url.href;
    };
    const admin = new pg.Client({ connectionString: databaseUrl });
    let source: Database;
    let storage: ObjectStorage;
    let rootDir: string;
    let backups: BackupService;
    let restores: RestoreService;
    const outcomes: BackupOutcome[] = [];
    const registry = new Registry();
    let backupKeyMade: string;

    /** Rows per table in every non-system schema (public and drizzle's migration journal). */
    async function rowCounts(url: string): Promise<Record<string, number>> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const tables = await client.query<{ schema: string; name: string }>(
          `select table_schema as schema, table_name as name from information_schema.tables
           where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
           order by 1, 2`,
        );
        const counts: Record<string, number> = {};
        for (const { schema, name } of tables.rows) {
          const ident = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
          const result = await client.query<{ n: number }>(`select count(*)::int as n from ${ident}`);
          counts[`${schema}.${name}`] = result.rows[0]!.n;
        }
        return counts;
      } finally {
        await client.end();
      }
    }

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`create database ${sourceName}`);
      await admin.query(`create database ${targetName}`);
      source = await createDatabase({ driver: 'postgres', url: urlFor(sourceName), poolSize: 2 });
      await source.migrate();
      await seedDatabase(source, { production: false });
      await source.db.insert(brands).values([
        { slug: 'drill-ozel-seri', name: 'Özel Seri Çğışü', country: 'TR' },
        { slug: 'drill-koleksiyon', name: 'Koleksiyon Ürünleri', founded: 1999 },
      ]);
      ({ storage, rootDir } = await localStorage());
      const metrics = new BackupMetrics(registry, storage);
      backups = new BackupService(storage, {
        databaseUrl: urlFor(sourceName),
        encryptionKey,
        onOutcome: (outcome) => {
          outcomes.push(outcome);
          metrics.record(outcome);
        },
      });
      restores = new RestoreService(storage, { encryptionKey });
    });

    afterAll(async () => {
      await source?.close();
      for (const name of [sourceName, targetName]) {
        await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      }
      await admin.end();
      if (rootDir) await rm(rootDir, { recursive: true, force: true });
    });

    it('stores an encrypted custom-format dump and applies retention to older backups', async () => {
      // Three old backups on one day: retention keeps only the newest of them.
      for (const hour of ['01', '02', '03']) {
        await storage.put('backups', backupKey(new Date(`2024-01-01T${hour}:00:00Z`)), Buffer.from('old'), {
          contentType: 'application/octet-stream',
        });
      }
      const result = await backups.runBackup(new Date());
      backupKeyMade = result.key;
      expect(result.key).toMatch(/^postgres\/\d{4}\/\d{2}\/tarodan-\d{8}T\d{6}Z\.dump\.enc$/);
      expect(result.deleted).toEqual([
        backupKey(new Date('2024-01-01T01:00:00Z')),
        backupKey(new Date('2024-01-01T02:00:00Z')),
      ]);
      const object = await storage.get('backups', result.key);
      expect(object?.contentType).toBe('application/octet-stream');
      expect(object?.size).toBe(result.size);
      expect(object!.body.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)).toBe(true);
      // pg_dump's custom format starts with PGDMP; encrypted, the dump must not show it (or any seeded text).
      expect(object!.body.includes('PGDMP')).toBe(false);
      expect(object!.body.includes('Özel Seri')).toBe(false);
      expect(outcomes).toEqual(['success']);
    });

    it('restores the latest backup into a fresh database with the same rows in every table', async () => {
      expect(await restores.resolveKey('latest')).toBe(backupKeyMade);
      await restores.restoreBackup(backupKeyMade, urlFor(targetName));
      const [before, after] = await Promise.all([
        rowCounts(urlFor(sourceName)),
        rowCounts(urlFor(targetName)),
      ]);
      expect(after).toEqual(before);
      expect(before['public.brands']).toBeGreaterThan(2);
      expect(before['public.categories']).toBeGreaterThan(0);
      expect(before['public.users']).toBeGreaterThan(0);
      const target = new pg.Client({ connectionString: urlFor(targetName) });
      await target.connect();
      const { rows } = await target.query(`select name from brands where slug = 'drill-ozel-seri'`);
      await target.end();
      expect(rows).toEqual([{ name: 'Özel Seri Çğışü' }]);
    });

    it('restores again over the restored copy (--clean), still matching the source', async () => {
      await restores.restoreBackup(backupKeyMade, urlFor(targetName));
      expect(await rowCounts(urlFor(targetName))).toEqual(await rowCounts(urlFor(sourceName)));
    });

    it('rejects a tampered backup before pg_restore touches the target', async () => {
      const object = await storage.get('backups', backupKeyMade);
      const body = Buffer.from(object!.body);
      const middle = Math.floor(body.length / 2);
      body[middle] = body[middle]! ^ 0xff;
      const tamperedKey = backupKey(new Date('2024-02-01T03:00:00Z'));
      await storage.put('backups', tamperedKey, body, { contentType: 'application/octet-stream' });
      const countsBefore = await rowCounts(urlFor(targetName));
      await expect(restores.restoreBackup(tamperedKey, urlFor(targetName))).rejects.toMatchObject({
        code: 'backup-corrupt',
      });
      expect(await rowCounts(urlFor(targetName))).toEqual(countsBefore);
      await storage.delete('backups', tamperedKey);
    });

    it('fails loudly with pg_dump stderr when the dump fails, and stores nothing', async () => {
      const missing = new BackupService(storage, {
        databaseUrl: urlFor(`tarodan_restore_missing_${suffix}`),
        encryptionKey,
        onOutcome: (o) => outcomes.push(o),
      });
      const keysBefore = (await storage.list('backups')).map((o) => o.key);
      await expect(missing.runBackup(new Date())).rejects.toMatchObject({
        code: 'backup-tool-failed',
        message: expect.stringMatching(/pg_dump exited with code 1: .*does not exist/s),
      });
      expect((await storage.list('backups')).map((o) => o.key)).toEqual(keysBefore);
      expect(outcomes.at(-1)).toBe('failure');
    });

    it('reports the newest backup time and the run outcomes as metrics', async () => {
      const newest = (await storage.list('backups')).find((o) => o.key === backupKeyMade)!;
      const text = await registry.metrics();
      expect(text).toContain(
        `tarodan_backup_last_success_timestamp_seconds ${Math.floor(newest.lastModified.getTime() / 1000)}`,
      );
      expect(text).toContain('tarodan_backups_total{outcome="success"} 1');
    });
  });
}
