import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { InvalidConfigError, loadConfig } from './config/app-config.js';
import { flushSentry, initSentry } from './platform/errors/sentry.js';

async function main() {
  // Config first, before the heavy imports: a bad variable is reported at once.
  const config = loadConfig();
  // Sentry next, still before the Nest modules are imported.
  initSentry({ ...config.sentry, serverName: 'api' });
  const { createApp } = await import('./app.factory.js');
  const { prepareDatabase, seedListingsInBackground } = await import('./bootstrap.js');
  const { startProcessors } = await import('./worker.processors.js');
  const app = await createApp(config);
  await prepareDatabase(app, config);
  if (config.queue.runWorkersInApi) await startProcessors(app);
  await app.listen({ port: config.http.port, host: config.http.host });
  seedListingsInBackground(app, config);
  const url = `http://localhost:${config.http.port}`;
  const adapters = `database=${config.database.driver} cache=${config.redis ? 'redis' : 'memory'} storage=${config.storage.driver}`;
  const workers = config.queue.runWorkersInApi ? 'in-process' : 'separate';
  new Logger('Main').log(
    `TARODAN API on ${url} — REST /v1, docs /docs, GraphQL /graphql, socket.io /ws [${adapters} workers=${workers}]`,
  );
}

main().catch(async (error: unknown) => {
  if (error instanceof InvalidConfigError) {
    console.error(error.message);
  } else {
    console.error('TARODAN API failed to start:', error);
    await flushSentry();
  }
  process.exit(1);
});
