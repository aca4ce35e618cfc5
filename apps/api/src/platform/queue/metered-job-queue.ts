import { Counter, type Registry } from 'prom-client';
import {
  type EnqueueOptions,
  type JobCounts,
  type JobDefinition,
  type JobHandler,
  type JobInput,
  type JobPayload,
  JobQueue,
  type QueueName,
} from './queue.port.js';

/**
 * Wraps any JobQueue adapter so every handler run is counted in
 * `tarodan_jobs_processed_total{queue,job_name,outcome}` (one count per attempt: completed or failed).
 * `job_name`, not `job`: Prometheus reserves `job` for the scrape job.
 */
export class MeteredJobQueue extends JobQueue {
  private readonly processed: Counter<'queue' | 'job_name' | 'outcome'>;

  constructor(
    private readonly inner: JobQueue,
    registry: Registry,
  ) {
    super();
    this.processed = new Counter({
      name: 'tarodan_jobs_processed_total',
      help: 'Job attempts handled by this process, by queue, job and outcome',
      labelNames: ['queue', 'job_name', 'outcome'] as const,
      registers: [registry],
    });
  }

  get name() {
    return this.inner.name;
  }

  enqueue<J extends JobDefinition>(job: J, payload: JobInput<J>, options?: EnqueueOptions): Promise<string> {
    return this.inner.enqueue(job, payload, options);
  }

  register<J extends JobDefinition>(job: J, handler: JobHandler<JobPayload<J>>): void {
    const labels = { queue: job.queue, job_name: job.name };
    this.inner.register(job, async (payload, context) => {
      try {
        await handler(payload, context);
        this.processed.inc({ ...labels, outcome: 'completed' });
      } catch (error) {
        this.processed.inc({ ...labels, outcome: 'failed' });
        throw error;
      }
    });
  }

  startProcessing(queues?: readonly QueueName[]): Promise<void> {
    return this.inner.startProcessing(queues);
  }

  counts(queue: QueueName): Promise<JobCounts> {
    return this.inner.counts(queue);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
