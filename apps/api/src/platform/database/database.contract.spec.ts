import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seed/seed.js';
import { testServices } from '../../test/services.js';
import { createDatabase, type DatabaseOptions } from './create-database.js';
import type { Database } from './database.js';
import { brands, categories } from './schema/index.js';

const postgresUrl = testServices.databaseUrl();
const adapters: [string, DatabaseOptions][] = [
  ['pglite', { driver: 'pglite', dataDir: 'memory://' }],
  ...(postgresUrl
    ? [['postgres', { driver: 'postgres', url: postgresUrl, poolSize: 2 }] as [string, DatabaseOptions]]
    : []),
];

describe.each(adapters)('database port on %s', (_name, options) => {
  let database: Database;
  beforeAll(async () => {
    database = await createDatabase(options);
    await database.migrate();
  });
  afterAll(() => database.close());

  it('answers a ping and applies the same migrations again without change', async () => {
    await database.ping();
    await expect(database.migrate()).resolves.toBeUndefined();
  });

  it('seeds the same catalog twice without duplicating anything', async () => {
    await seedDatabase(database, { production: false });
    const first = await database.db.select({ n: count() }).from(categories);
    const second = await seedDatabase(database, { production: false });
    const after = await database.db.select({ n: count() }).from(categories);
    expect(after[0]!.n).toBe(first[0]!.n);
    expect(second.users).toBe(0);
  });

  it('refuses to seed demo accounts into production', async () => {
    await expect(seedDatabase(database, { production: true })).rejects.toThrow(/must not run in production/);
  });

  it('keeps Turkish text intact and generates UUIDs', async () => {
    const [row] = await database.db.select().from(brands).where(eq(brands.slug, 'marklin'));
    expect(row?.name).toBe('Märklin');
    const [category] = await database.db
      .select()
      .from(categories)
      .where(eq(categories.slug, 'oyuncak-bebekler'));
    expect(category?.nameTr).toBe('Oyuncak Bebekler');
    expect(category?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('enforces unique slugs', async () => {
    await expect(database.db.insert(brands).values({ slug: 'hot-wheels', name: 'Kopya' })).rejects.toThrow();
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(brands).values({ slug: 'gecici-marka', name: 'Geçici Marka' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await database.db.select().from(brands).where(eq(brands.slug, 'gecici-marka'));
    expect(rows).toEqual([]);
  });

  it('stems Turkish text for full-text search', async () => {
    // Both drivers answer execute() with a { rows } result.
    const result = (await database.db.execute(
      sql`select to_tsvector('turkish', 'vintage figürler ve oyuncakları') @@ plainto_tsquery('turkish', 'oyuncak figür') as matches`,
    )) as unknown as { rows: { matches: boolean }[] };
    expect(result.rows[0]?.matches).toBe(true);
  });
});
