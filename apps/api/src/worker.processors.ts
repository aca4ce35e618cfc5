import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { JobQueue } from './platform/queue/queue.port.js';

/**
 * Starts consuming every queue. Modules register their job handlers on the JobQueue when they are created, so by the
 * time this runs every processor is known; the API calls it itself on embedded defaults, the worker process otherwise.
 */
export async function startProcessors(app: INestApplicationContext): Promise<void> {
  // Handlers are registered in onModuleInit hooks, which run on init(); before it the queue knows no handler.
  await app.init();
  const queue = app.get(JobQueue);
  await queue.startProcessing();
  new Logger('Worker').log(`Processing queues with the ${queue.name} adapter`);
}
