import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The one database handle type shared by the PostgreSQL and PGlite drivers. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** A connected database: the drizzle handle, a ping for readiness and a close for shutdown. */
export abstract class Database {
  abstract readonly db: Db;
  abstract readonly driver: 'postgres' | 'pglite';
  /** How many SQL statements this handle has sent: tests use it to prove a page costs a constant number of queries. */
  abstract readonly queriesRun: number;
  abstract ping(): Promise<void>;
  abstract migrate(): Promise<void>;
  abstract close(): Promise<void>;
}
