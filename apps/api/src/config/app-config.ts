import { resolve } from 'node:path';
import { parseEncryptionKeys } from '../platform/crypto/field-cipher.js';
import { type Env, envSchema } from './env.schema.js';

/** The one typed configuration object, built once at start from the environment. */
export class AppConfig {
  readonly env: Env['NODE_ENV'];
  readonly http: { host: string; port: number; publicUrl: string; corsOrigins: string[]; trustProxy: string };
  readonly log: { level: Env['LOG_LEVEL']; pretty: boolean; file?: string };
  readonly database:
    | {
        driver: 'postgres';
        url: string;
        poolSize: number;
        migrateOnStart: boolean;
        seedOnStart: boolean;
        seedListingsOnStart: number;
      }
    | {
        driver: 'pglite';
        dataDir: string;
        migrateOnStart: boolean;
        seedOnStart: boolean;
        seedListingsOnStart: number;
      };
  readonly redis: { url: string; keyPrefix: string } | null;
  readonly queue: { prefix: string; runWorkersInApi: boolean; workerMetricsPort: number };
  readonly storage:
    | {
        driver: 's3';
        endpoint: string;
        region: string;
        accessKeyId: string;
        secretAccessKey: string;
        bucketPrefix: string;
        forcePathStyle: boolean;
      }
    | { driver: 'local'; rootDir: string };
  readonly backup: { encryptionKey: Buffer | null; hourUtc: number };
  /** Elasticsearch (null: PostgreSQL full-text only) and the circuit breaker that falls back to PostgreSQL. */
  readonly search: {
    elasticsearch: { url: string; index: string } | null;
    timeoutMs: number;
    cooldownMs: number;
    /** How long a search answer may be reused within one index generation; 0: never. */
    cacheTtlSeconds: number;
  };
  /** Error reporting; off when `dsn` is unset. */
  readonly sentry: { dsn?: string; environment: string; release?: string; tracesSampleRate: number };
  readonly fileSigningSecret: string;
  readonly sessionTtlSeconds: number;
  /** Mobile clients: short-lived access tokens, rotating refresh tokens. */
  readonly tokens: { accessTtlSeconds: number; refreshTtlSeconds: number };
  /** The public web app, for links in e-mails. */
  readonly webUrl: string;
  /** Encryption of personal fields at rest (TCKN, tax number, IBAN) and the keyed hash for lookups. */
  readonly pii: { keys: Record<string, Buffer>; activeKeyId: string; blindIndexSecret: string };
  readonly mail: {
    sendgridApiKey?: string;
    sendgridBaseUrl?: string;
    from: { email: string; name: string };
    outboxDir: string;
  };
  /** iyzico's API, or the local iyzico-compatible sandbox (tools/iyzico-sandbox) by default. */
  readonly payments: { baseUrl: string; apiKey: string; secretKey: string };

  constructor(env: Env) {
    const dev = env.NODE_ENV !== 'production';
    const dataDir = resolve(env.DATA_DIR);
    this.env = env.NODE_ENV;
    this.http = {
      host: env.HOST,
      port: env.PORT,
      publicUrl: env.PUBLIC_API_URL.replace(/\/$/, ''),
      corsOrigins: env.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      trustProxy: env.TRUST_PROXY,
    };
    this.log = {
      level: env.LOG_LEVEL,
      pretty: env.LOG_FILE ? false : (env.LOG_PRETTY ?? env.NODE_ENV === 'development'),
      file: env.LOG_FILE,
    };
    this.database = env.DATABASE_URL
      ? {
          driver: 'postgres',
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          migrateOnStart: env.DB_MIGRATE_ON_START ?? dev,
          seedOnStart: env.DB_SEED_ON_START ?? false,
          seedListingsOnStart: env.DB_SEED_LISTINGS_ON_START,
        }
      : {
          driver: 'pglite',
          dataDir: resolve(dataDir, 'pglite'),
          migrateOnStart: env.DB_MIGRATE_ON_START ?? true,
          seedOnStart: env.DB_SEED_ON_START ?? true,
          seedListingsOnStart: env.DB_SEED_LISTINGS_ON_START,
        };
    this.redis = env.REDIS_URL ? { url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX } : null;
    // PGlite lives inside one process, and the in-process queue has no broker: the API must run the processors itself.
    const embedded = this.database.driver === 'pglite' || !this.redis;
    this.queue = {
      prefix: env.QUEUE_PREFIX,
      runWorkersInApi: env.RUN_WORKERS_IN_API ?? embedded,
      workerMetricsPort: env.WORKER_METRICS_PORT,
    };
    this.storage = env.S3_ENDPOINT
      ? {
          driver: 's3',
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          accessKeyId: env.S3_ACCESS_KEY!,
          secretAccessKey: env.S3_SECRET_KEY!,
          bucketPrefix: env.S3_BUCKET_PREFIX,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
        }
      : { driver: 'local', rootDir: resolve(dataDir, 'storage') };
    this.backup = {
      encryptionKey: env.BACKUP_ENCRYPTION_KEY ? Buffer.from(env.BACKUP_ENCRYPTION_KEY, 'base64') : null,
      hourUtc: env.BACKUP_HOUR_UTC,
    };
    this.search = {
      elasticsearch: env.ELASTICSEARCH_URL
        ? { url: env.ELASTICSEARCH_URL, index: env.ELASTICSEARCH_INDEX }
        : null,
      timeoutMs: env.SEARCH_ES_TIMEOUT_MS,
      cooldownMs: env.SEARCH_BREAKER_COOLDOWN_MS,
      cacheTtlSeconds: env.SEARCH_CACHE_TTL_SECONDS,
    };
    this.sentry = {
      dsn: env.SENTRY_DSN,
      environment: env.SENTRY_ENVIRONMENT ?? env.NODE_ENV,
      release: env.SENTRY_RELEASE ?? env.GIT_SHA,
      tracesSampleRate: env.SENTRY_TRACES_SAMPLE_RATE,
    };
    this.fileSigningSecret = env.FILE_SIGNING_SECRET ?? 'development-only-file-signing-secret-change-me';
    this.sessionTtlSeconds = env.SESSION_TTL_HOURS * 3600;
    this.tokens = {
      accessTtlSeconds: env.ACCESS_TOKEN_TTL_MINUTES * 60,
      refreshTtlSeconds: env.REFRESH_TOKEN_TTL_DAYS * 86_400,
    };
    this.webUrl = env.PUBLIC_WEB_URL.replace(/\/$/, '');
    // Development keys are public on purpose: production refuses to start without its own (see env.schema.ts).
    const keys = parseEncryptionKeys(
      env.PII_ENCRYPTION_KEYS ?? `dev:${Buffer.alloc(32, 7).toString('base64')}`,
    );
    this.pii = {
      keys,
      activeKeyId: env.PII_ACTIVE_KEY_ID ?? Object.keys(keys)[0]!,
      blindIndexSecret: env.PII_BLIND_INDEX_SECRET ?? 'development-only-blind-index-secret-change-me',
    };
    this.mail = {
      sendgridApiKey: env.SENDGRID_API_KEY,
      sendgridBaseUrl: env.SENDGRID_BASE_URL,
      from: { email: env.MAIL_FROM, name: env.MAIL_FROM_NAME },
      outboxDir: resolve(env.MAIL_OUTBOX_DIR ?? resolve(dataDir, 'mail-outbox')),
    };
    this.payments = {
      baseUrl: env.IYZICO_BASE_URL.replace(/\/$/, ''),
      apiKey: env.IYZICO_API_KEY ?? 'sandbox-api-key',
      secretKey: env.IYZICO_SECRET_KEY ?? 'sandbox-secret-key',
    };
  }

  get isProduction(): boolean {
    return this.env === 'production';
  }
}

export class InvalidConfigError extends Error {}

/** Parses the environment; a bad or missing variable throws an error that names it and says why. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable (FOO= in a compose file) means "not set", not "set to nothing".
  const defined = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(defined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new InvalidConfigError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return new AppConfig(parsed.data);
}
