import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { InvalidConfigError, loadConfig } from './config/app-config.js';
import { flushSentry, initSentry } from './platform/errors/sentry.js';
import { MetricsRegistry } from './platform/metrics/metrics-registry.js';
import { startWorkerMetricsServer } from './platform/metrics/worker-metrics-server.js';
import { WorkerModule } from './worker.module.js';
import { startProcessors } from './worker.processors.js';

/** The BullMQ worker process: the same modules as the API, no HTTP server, consuming the queues. */
async function main() {
  const config = loadConfig();
  initSentry({ ...config.sentry, serverName: 'worker' });
  if (config.database.driver === 'pglite' || !config.redis) {
    throw new InvalidConfigError(
      'Invalid environment configuration:\n  DATABASE_URL, REDIS_URL: the worker runs as its own process only on PostgreSQL and Redis; on embedded defaults the API runs the processors itself',
    );
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await startProcessors(app);
  const server = await startWorkerMetricsServer(app.get(MetricsRegistry), config.queue.workerMetricsPort);
  process.once('SIGTERM', () => server.close());
  app.get(Logger).log(`Worker metrics on :${config.queue.workerMetricsPort}/metrics`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  if (!(error instanceof InvalidConfigError)) await flushSentry();
  process.exit(1);
});
