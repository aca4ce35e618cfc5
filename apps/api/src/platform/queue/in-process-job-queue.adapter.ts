import { randomUUID } from 'node:crypto';
import { JobHandlers } from './job-handlers.js';
import {
  assertDelay,
  consoleQueueLogger,
  jobLabel,
  retryDelayMs,
  scopedJobId,
  toStoredPayload,
} from './job-payload.js';
import {
  type EnqueueOptions,
  type JobCounts,
  type JobDefinition,
  type JobHandler,
  type JobInput,
  type JobPayload,
  JobQueue,
  PermanentJobError,
  QUEUE_NAMES,
  type QueueLogger,
  type QueueName,
} from './queue.port.js';

export interface InProcessJobQueueOptions {
  logger?: QueueLogger;
  /** Jobs run at once per queue. Default 4. */
  concurrency?: number;
  /** Finished jobs remembered per state (for jobId dedupe and inspection). Default 1 000. */
  keepFinished?: number;
}

type State = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

interface StoredJob {
  id: string;
  definition: JobDefinition;
  data: unknown;
  attemptsMade: number;
  state: State;
  runAt: number;
  timer?: NodeJS.Timeout;
  failedReason?: string;
}

/**
 * Runs jobs inside this process, for development and tests: same validation, jobId dedupe, delays and
 * retry/backoff semantics as the BullMQ adapter. Jobs live in memory: pending jobs are lost when the process
 * stops (close() logs how many), so production uses BullMQ.
 */
export class InProcessJobQueue extends JobQueue {
  readonly name = 'in-process' as const;
  private readonly handlers = new JobHandlers();
  private readonly logger: QueueLogger;
  private readonly concurrency: number;
  private readonly keepFinished: number;
  /** Per queue, keyed by job id; Map order = enqueue order. */
  private readonly jobs = new Map<QueueName, Map<string, StoredJob>>(QUEUE_NAMES.map((q) => [q, new Map()]));
  private readonly ready = new Map<QueueName, StoredJob[]>(QUEUE_NAMES.map((q) => [q, []]));
  private readonly active = new Map<QueueName, number>(QUEUE_NAMES.map((q) => [q, 0]));
  private readonly processing = new Set<QueueName>();
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  constructor(options: InProcessJobQueueOptions = {}) {
    super();
    this.logger = options.logger ?? consoleQueueLogger;
    this.concurrency = options.concurrency ?? 4;
    this.keepFinished = options.keepFinished ?? 1_000;
  }

  async enqueue<J extends JobDefinition>(
    job: J,
    payload: JobInput<J>,
    options: EnqueueOptions = {},
  ): Promise<string> {
    if (this.closed) throw new Error('JobQueue is closed');
    const data = toStoredPayload(job, payload);
    const delayMs = assertDelay(options.delayMs);
    const id = options.jobId === undefined ? `${job.name}.${randomUUID()}` : scopedJobId(job, options.jobId);
    const jobs = this.queueJobs(job.queue);
    if (jobs.has(id)) return id;
    const stored: StoredJob = {
      id,
      definition: job,
      data,
      attemptsMade: 0,
      state: delayMs > 0 ? 'delayed' : 'waiting',
      runAt: Date.now() + delayMs,
    };
    jobs.set(id, stored);
    if (this.processing.has(job.queue)) this.schedule(stored);
    return id;
  }

  register<J extends JobDefinition>(job: J, handler: JobHandler<JobPayload<J>>): void {
    this.handlers.add(job, handler);
  }

  async startProcessing(queues: readonly QueueName[] = this.handlers.queues()): Promise<void> {
    if (this.closed) throw new Error('JobQueue is closed');
    for (const queue of queues) {
      if (this.processing.has(queue)) continue;
      this.processing.add(queue);
      for (const job of this.queueJobs(queue).values()) {
        if (job.state === 'waiting' || job.state === 'delayed') this.schedule(job);
      }
    }
  }

  async counts(queue: QueueName): Promise<JobCounts> {
    const counts: JobCounts = { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 };
    for (const job of this.queueJobs(queue).values()) counts[job.state] += 1;
    return counts;
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('JobQueue is closed');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    let dropped = 0;
    for (const jobs of this.jobs.values()) {
      for (const job of jobs.values()) {
        clearTimeout(job.timer);
        if (job.state === 'waiting' || job.state === 'delayed') dropped += 1;
      }
    }
    await Promise.allSettled(this.running);
    if (dropped > 0) {
      this.logger.warn(`In-process job queue closed with ${dropped} pending job(s); they are lost`, {
        dropped,
      });
    }
  }

  private queueJobs(queue: QueueName): Map<string, StoredJob> {
    const jobs = this.jobs.get(queue);
    if (!jobs) throw new Error(`Unknown queue "${queue}"`);
    return jobs;
  }

  /** Waits out the job's delay, then lines it up for a free slot in its queue. */
  private schedule(job: StoredJob): void {
    clearTimeout(job.timer);
    job.timer = setTimeout(
      () => {
        job.timer = undefined;
        job.state = 'waiting';
        this.ready.get(job.definition.queue)?.push(job);
        this.drain(job.definition.queue);
      },
      Math.max(0, job.runAt - Date.now()),
    );
  }

  private drain(queue: QueueName): void {
    const ready = this.ready.get(queue) ?? [];
    while (!this.closed && ready.length > 0 && (this.active.get(queue) ?? 0) < this.concurrency) {
      const job = ready.shift();
      if (!job) break;
      job.state = 'active';
      this.active.set(queue, (this.active.get(queue) ?? 0) + 1);
      const run = this.attempt(job).finally(() => {
        this.running.delete(run);
        this.active.set(queue, (this.active.get(queue) ?? 1) - 1);
        this.drain(queue);
      });
      this.running.add(run);
    }
  }

  private async attempt(job: StoredJob): Promise<void> {
    const { queue, name } = job.definition;
    try {
      await this.handlers.run(queue, name, job.data, { attempt: job.attemptsMade + 1, jobId: job.id });
      job.attemptsMade += 1;
      this.finish(job, 'completed');
    } catch (error) {
      job.attemptsMade += 1;
      this.failed(job, error);
    }
  }

  private failed(job: StoredJob, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    const { attempts } = job.definition;
    const what = `Job ${jobLabel(job.definition)} (${job.id}) failed on attempt ${job.attemptsMade} of ${attempts}`;
    const context = { job: jobLabel(job.definition), jobId: job.id, attempt: job.attemptsMade, err: error };
    const retry = job.attemptsMade < attempts && !(error instanceof PermanentJobError);
    if (retry && this.closed) {
      job.failedReason = `${reason} (retry dropped: the queue was closing)`;
      this.logger.warn(`${what}; the queue is closing, so it is kept as failed: ${reason}`, context);
      this.finish(job, 'failed');
      return;
    }
    if (retry) {
      const delayMs = retryDelayMs(job.definition, job.attemptsMade);
      this.logger.warn(`${what}, retrying in ${delayMs} ms: ${reason}`, context);
      job.state = 'delayed';
      job.runAt = Date.now() + delayMs;
      this.schedule(job);
      return;
    }
    job.failedReason = reason;
    this.logger.error(`${what} and will not be retried: ${reason}`, context);
    this.finish(job, 'failed');
  }

  /** Records the final state; keeps only the most recent `keepFinished` jobs of that state. */
  private finish(job: StoredJob, state: 'completed' | 'failed'): void {
    const jobs = this.queueJobs(job.definition.queue);
    jobs.delete(job.id);
    job.state = state;
    jobs.set(job.id, job);
    let kept = 0;
    for (const other of jobs.values()) if (other.state === state) kept += 1;
    for (const [id, other] of jobs) {
      if (kept <= this.keepFinished) break;
      if (other.state === state) {
        jobs.delete(id);
        kept -= 1;
      }
    }
  }
}
