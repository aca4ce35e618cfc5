import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { CacheStore } from './cache/cache.port.js';
import { createCacheStore } from './cache/create-cache.js';
import { BlindIndex } from './crypto/blind-index.js';
import { FieldCipher } from './crypto/field-cipher.js';
import { createDatabase } from './database/create-database.js';
import { Database } from './database/database.js';
import { createMailer } from './mail/create-mailer.js';
import { Mailer } from './mail/mail.port.js';
import { MetricsRegistry } from './metrics/metrics-registry.js';
import { createPaymentGateway } from './payments/create-payment-gateway.js';
import { PaymentGateway } from './payments/payments.port.js';
import { createJobQueue } from './queue/create-queue.js';
import { MeteredJobQueue } from './queue/metered-job-queue.js';
import { JobQueue } from './queue/queue.port.js';
import { createObjectStorage } from './storage/create-storage.js';
import { ObjectStorage } from './storage/storage.port.js';

/**
 * The technology the business modules run on, each behind a port whose adapter is chosen by config
 * (PostgreSQL or PGlite, Redis or memory, BullMQ or in-process, S3 or local disk).
 */
@Global()
@Module({
  providers: [
    {
      provide: Database,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createDatabase(config.database),
    },
    {
      provide: CacheStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        createCacheStore({ redisUrl: config.redis?.url, keyPrefix: config.redis?.keyPrefix }),
    },
    {
      provide: JobQueue,
      inject: [AppConfig, MetricsRegistry],
      useFactory: (config: AppConfig, metrics: MetricsRegistry) => {
        const logger = new Logger('Queue');
        const queue = createJobQueue({
          redisUrl: config.redis?.url,
          prefix: config.queue.prefix,
          logger: {
            info: (m: string) => logger.log(m),
            warn: (m: string) => logger.warn(m),
            error: (m: string) => logger.error(m),
          },
        });
        return new MeteredJobQueue(queue, metrics.registry);
      },
    },
    {
      provide: ObjectStorage,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const storage = createObjectStorage(
          config.storage.driver === 's3'
            ? config.storage
            : {
                driver: 'local',
                rootDir: config.storage.rootDir,
                signingSecret: config.fileSigningSecret,
                publicBaseUrl: config.http.publicUrl,
              },
        );
        await storage.ensureBuckets();
        return storage;
      },
    },
    {
      provide: Mailer,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        createMailer({
          sendgridApiKey: config.mail.sendgridApiKey,
          sendgridBaseUrl: config.mail.sendgridBaseUrl,
          from: config.mail.from,
          outboxDir: config.mail.outboxDir,
        }),
    },
    {
      provide: FieldCipher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new FieldCipher({ keys: config.pii.keys, activeKeyId: config.pii.activeKeyId }),
    },
    {
      provide: BlindIndex,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new BlindIndex(config.pii.blindIndexSecret),
    },
    {
      provide: PaymentGateway,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createPaymentGateway(config.payments),
    },
  ],
  exports: [Database, CacheStore, JobQueue, ObjectStorage, Mailer, FieldCipher, BlindIndex, PaymentGateway],
})
export class PlatformModule implements OnApplicationShutdown {
  constructor(
    @Inject(Database) private readonly database: Database,
    @Inject(CacheStore) private readonly cache: CacheStore,
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(ObjectStorage) private readonly storage: ObjectStorage,
    @Inject(Mailer) private readonly mailer: Mailer,
  ) {}

  async onApplicationShutdown() {
    // Queue first: running jobs finish while their database and cache are still open.
    await this.queue.close();
    await Promise.allSettled([this.storage.close(), this.cache.close(), this.mailer.close()]);
    await this.database.close();
  }
}
