import { z } from 'zod';
import { parseEncryptionKeys } from '../platform/crypto/field-cipher.js';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const url = (protocols: string[]) =>
  z.url({ message: 'must be a URL' }).refine((value) => protocols.some((p) => value.startsWith(`${p}:`)), {
    message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
  });

/** Every environment variable the API and the worker read. Nothing else in the code reads process.env. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_PRETTY: flag.optional(),
    /** Write logs to this file instead of stdout (log shippers that tail files; tests that read the logs). */
    LOG_FILE: z.string().min(1).optional(),
    PUBLIC_API_URL: url(['http', 'https']).default('http://localhost:3001'),
    CORS_ORIGINS: z.string().default('http://localhost:3000,http://localhost:3002,http://localhost:8081'),
    TRUST_PROXY: z.string().default('loopback'),

    DATABASE_URL: url(['postgres', 'postgresql']).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    DATA_DIR: z.string().default('.data'),
    DB_MIGRATE_ON_START: flag.optional(),
    DB_SEED_ON_START: flag.optional(),
    /** Development only: after start, list this many demo toys through the real services (0 = none). */
    DB_SEED_LISTINGS_ON_START: z.coerce.number().int().min(0).max(5000).default(0),

    REDIS_URL: url(['redis', 'rediss']).optional(),
    REDIS_KEY_PREFIX: z.string().default('tarodan:'),
    QUEUE_PREFIX: z.string().default('tarodan'),
    RUN_WORKERS_IN_API: flag.optional(),
    WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),

    S3_ENDPOINT: url(['http', 'https']).optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_ACCESS_KEY: z.string().min(1).optional(),
    S3_SECRET_KEY: z.string().min(1).optional(),
    S3_BUCKET_PREFIX: z.string().default('tarodan-'),
    S3_FORCE_PATH_STYLE: flag.default(true),

    BACKUP_ENCRYPTION_KEY: z
      .string()
      .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === 32, {
        message: 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)',
      })
      .optional(),
    BACKUP_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(3),

    /** Search on Elasticsearch when set; PostgreSQL full-text otherwise, and as the fallback (docs/search.md). */
    ELASTICSEARCH_URL: url(['http', 'https']).optional(),
    ELASTICSEARCH_INDEX: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,80}$/, 'must be a lowercase index name')
      .default('tarodan-listings'),
    /** A search Elasticsearch has not answered in this time runs on PostgreSQL instead. */
    SEARCH_ES_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(300),
    /** After a failure, searches stay on PostgreSQL this long before Elasticsearch is tried again. */
    SEARCH_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
    /** Answers are cached per index generation for at most this long; 0 turns the search cache off. */
    SEARCH_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60),

    SENTRY_DSN: url(['http', 'https']).optional(),
    SENTRY_ENVIRONMENT: z.string().optional(),
    SENTRY_RELEASE: z.string().optional(),
    GIT_SHA: z.string().optional(),
    SENTRY_TRACES_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(0),

    FILE_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    PUBLIC_WEB_URL: url(['http', 'https']).default('http://localhost:3000'),

    PII_ENCRYPTION_KEYS: z.string().optional(),
    PII_ACTIVE_KEY_ID: z.string().optional(),
    PII_BLIND_INDEX_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),

    SENDGRID_API_KEY: z.string().min(1).optional(),
    SENDGRID_BASE_URL: url(['http', 'https']).optional(),
    MAIL_FROM: z.email({ message: 'must be an email address' }).default('destek@tarodan.com'),
    MAIL_FROM_NAME: z.string().default('TARODAN'),
    MAIL_OUTBOX_DIR: z.string().optional(),

    IYZICO_BASE_URL: url(['http', 'https']).default('http://127.0.0.1:4010'),
    IYZICO_API_KEY: z.string().min(1).optional(),
    IYZICO_SECRET_KEY: z.string().min(1).optional(),

    ACCESS_TOKEN_TTL_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(60),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 14),
  })
  .superRefine((env, ctx) => {
    if (env.S3_ENDPOINT && (!env.S3_ACCESS_KEY || !env.S3_SECRET_KEY)) {
      for (const key of ['S3_ACCESS_KEY', 'S3_SECRET_KEY'] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'is required when S3_ENDPOINT is set' });
      }
    }
    if (env.PII_ENCRYPTION_KEYS) {
      try {
        const keys = parseEncryptionKeys(env.PII_ENCRYPTION_KEYS);
        const active = env.PII_ACTIVE_KEY_ID ?? Object.keys(keys)[0]!;
        if (!Object.hasOwn(keys, active)) {
          ctx.addIssue({
            code: 'custom',
            path: ['PII_ACTIVE_KEY_ID'],
            message: 'is not among PII_ENCRYPTION_KEYS',
          });
        }
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['PII_ENCRYPTION_KEYS'], message: (error as Error).message });
      }
    }
    if (env.NODE_ENV === 'production') {
      for (const key of [
        'DATABASE_URL',
        'REDIS_URL',
        'S3_ENDPOINT',
        'FILE_SIGNING_SECRET',
        'BACKUP_ENCRYPTION_KEY',
        'PII_ENCRYPTION_KEYS',
        'PII_ACTIVE_KEY_ID',
        'PII_BLIND_INDEX_SECRET',
        'SENDGRID_API_KEY',
        'IYZICO_API_KEY',
        'IYZICO_SECRET_KEY',
      ] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;
