import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { captureJobFailure } from '../errors/sentry.js';
import { JobHandlers } from './job-handlers.js';
import { assertDelay, consoleQueueLogger, scopedJobId, toStoredPayload } from './job-payload.js';
import {
  type EnqueueOptions,
  type JobCounts,
  type JobDefinition,
  type JobHandler,
  type JobInput,
  type JobPayload,
  JobQueue,
  PermanentJobError,
  type QueueLogger,
  type QueueName,
} from './queue.port.js';

export interface BullMqJobQueueOptions {
  redisUrl: string;
  /** Namespace of every BullMQ key (`<prefix>:<queue>:...`). Default `tarodan`. */
  prefix?: string;
  logger?: QueueLogger;
  /** Jobs run at once per queue by this process. Default 4. */
  concurrency?: number;
  /** Completed jobs kept per queue (and so deduplicated by jobId). Default 1 000. */
  keepCompleted?: number;
  /** Failed jobs kept per queue for inspection and manual retry. Default 10 000. */
  keepFailed?: number;
  /** How long `ping()` waits for Redis. Default 2 000 ms. */
  pingTimeoutMs?: number;
}

/**
 * BullMQ on Redis: one `Queue` per queue name (created on first use), one `Worker` per queue once
 * `startProcessing` is called. Producer and consumer use separate connections: the producer fails fast when Redis
 * is away, the consumer (which BullMQ requires to retry forever) is only opened by processes that consume.
 */
export class BullMqJobQueue extends JobQueue {
  readonly name = 'bullmq' as const;
  private readonly handlers = new JobHandlers();
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers = new Map<QueueName, Worker>();
  private readonly producer: Redis;
  private consumer: Redis | undefined;
  private readonly logger: QueueLogger;
  private readonly prefix: string;
  private lastError: Error | undefined;
  private closed = false;

  constructor(private readonly options: BullMqJobQueueOptions) {
    super();
    this.logger = options.logger ?? consoleQueueLogger;
    this.prefix = options.prefix ?? 'tarodan';
    this.producer = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, connectionName: 'tarodan-queue' });
    this.producer.on('error', (error: Error) => {
      this.lastError = error;
    });
    this.producer.on('ready', () => {
      this.lastError = undefined;
    });
  }

  async enqueue<J extends JobDefinition>(
    job: J,
    payload: JobInput<J>,
    options: EnqueueOptions = {},
  ): Promise<string> {
    if (this.closed) throw new Error('JobQueue is closed');
    const data = toStoredPayload(job, payload);
    const added = await this.queue(job.queue).add(job.name, data, {
      jobId: options.jobId === undefined ? undefined : scopedJobId(job, options.jobId),
      delay: assertDelay(options.delayMs),
      attempts: job.attempts,
      backoff: { type: 'exponential', delay: job.backoffMs },
      removeOnComplete: { count: this.options.keepCompleted ?? 1_000 },
      removeOnFail: { count: this.options.keepFailed ?? 10_000 },
    });
    if (!added.id) throw new Error(`BullMQ returned no id for ${job.queue}/${job.name}`);
    return added.id;
  }

  register<J extends JobDefinition>(job: J, handler: JobHandler<JobPayload<J>>): void {
    this.handlers.add(job, handler);
  }

  async startProcessing(queues: readonly QueueName[] = this.handlers.queues()): Promise<void> {
    if (this.closed) throw new Error('JobQueue is closed');
    for (const queue of queues) {
      if (this.workers.has(queue)) continue;
      const worker = this.createWorker(queue);
      this.workers.set(queue, worker);
      await worker.waitUntilReady();
    }
    if (queues.length > 0) {
      this.logger.info(`BullMQ workers started for ${queues.join(', ')}`, { prefix: this.prefix });
    }
  }

  async counts(queue: QueueName): Promise<JobCounts> {
    const c = await this.queue(queue).getJobCounts(
      'waiting',
      'prioritized',
      'active',
      'delayed',
      'completed',
      'failed',
    );
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
    };
  }

  async ping(): Promise<void> {
    const timeoutMs = this.options.pingTimeoutMs ?? 2_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to PING within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.producer.ping(), timeout]);
    } catch (error) {
      const cause = this.lastError ?? error;
      throw new Error(`Queue Redis is unreachable: ${(cause as Error).message}`, { cause });
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Worker.close() without force waits for the jobs it is running.
    await Promise.all([...this.workers.values()].map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await Promise.all([this.producer, this.consumer].map((redis) => redis && disconnect(redis)));
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.producer, prefix: this.prefix });
      queue.on('error', (error: Error) => {
        this.lastError = error;
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  private createWorker(queue: QueueName): Worker {
    this.consumer ??= new Redis(this.options.redisUrl, {
      maxRetriesPerRequest: null,
      connectionName: 'tarodan-worker',
    });
    const worker = new Worker(queue, (job: Job) => this.process(queue, job), {
      connection: this.consumer,
      prefix: this.prefix,
      concurrency: this.options.concurrency ?? 4,
    });
    worker.on('failed', (job, error) => this.logFailure(queue, job, error));
    worker.on('error', (error) =>
      this.logger.error(`BullMQ worker for ${queue} errored: ${error.message}`, { err: error }),
    );
    return worker;
  }

  private async process(queue: QueueName, job: Job): Promise<void> {
    const ctx = { attempt: job.attemptsMade + 1, jobId: job.id ?? '' };
    try {
      await this.handlers.run(queue, job.name, job.data, ctx);
    } catch (error) {
      if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  private logFailure(queue: QueueName, job: Job | undefined, error: Error): void {
    const attempts = job?.opts.attempts ?? 1;
    const made = job?.attemptsMade ?? 0;
    const what = `Job ${queue}/${job?.name} (${job?.id}) failed on attempt ${made} of ${attempts}`;
    const context = { job: `${queue}/${job?.name}`, jobId: job?.id, attempt: made, err: error };
    if (!job || error instanceof UnrecoverableError || made >= attempts) {
      this.logger.error(`${what} and will not be retried: ${error.message}`, context);
      captureJobFailure(error, { queue, job: job?.name ?? 'unknown', jobId: job?.id ?? '', attempt: made });
    } else {
      this.logger.warn(`${what}, retrying: ${error.message}`, context);
    }
  }
}

async function disconnect(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}
