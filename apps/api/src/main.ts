import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { prepareDatabase } from './bootstrap.js';
import { InvalidConfigError, loadConfig } from './config/app-config.js';
import { startProcessors } from './worker.processors.js';

async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  await prepareDatabase(app, config);
  if (config.queue.runWorkersInApi) await startProcessors(app);
  await app.listen({ port: config.http.port, host: config.http.host });
  const url = `http://localhost:${config.http.port}`;
  app
    .get(await import('nestjs-pino').then((m) => m.Logger))
    .log(
      `TARODAN API on ${url} — REST ${url}/v1, docs ${url}/docs, GraphQL ${url}/graphql, socket.io ${url}/ws` +
        ` [database=${config.database.driver} cache=${config.redis ? 'redis' : 'memory'} storage=${config.storage.driver}` +
        ` workers=${config.queue.runWorkersInApi ? 'in-process' : 'separate'}]`,
    );
}

main().catch((error: unknown) => {
  if (error instanceof InvalidConfigError) {
    console.error(error.message);
  } else {
    console.error('TARODAN API failed to start:', error);
  }
  process.exit(1);
});
