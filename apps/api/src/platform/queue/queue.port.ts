import type { z } from 'zod';

// `maintenance` carries operational jobs (database backups) that belong to no business queue.
export const QUEUE_NAMES = [
  'email',
  'push',
  'images',
  'payments',
  'shipping',
  'search',
  'maintenance',
] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** A kind of job: where it runs, what its payload looks like, and how it is retried. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  readonly queue: QueueName;
  /** kebab-case, unique within its queue, e.g. `send-order-confirmation`. */
  readonly name: string;
  readonly schema: S;
  /** Total tries including the first. */
  readonly attempts: number;
  /** Delay before the first retry; it doubles for each further retry. */
  readonly backoffMs: number;
}

export interface DefineJobOptions<S extends z.ZodType> {
  queue: QueueName;
  name: string;
  /** Payloads travel as JSON: keep schemas JSON-friendly (ISO strings or `z.coerce.date()` for dates). */
  schema: S;
  /** Default 3. */
  attempts?: number;
  /** Default 1 000 ms. */
  backoffMs?: number;
}

const JOB_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function defineJob<S extends z.ZodType>(options: DefineJobOptions<S>): JobDefinition<S> {
  const { queue, name, schema, attempts = 3, backoffMs = 1_000 } = options;
  if (!QUEUE_NAMES.includes(queue)) throw new Error(`Unknown queue "${queue}" for job "${name}"`);
  if (!JOB_NAME.test(name)) throw new Error(`Job name "${name}" must be kebab-case (a-z, 0-9, -)`);
  if (!Number.isInteger(attempts) || attempts < 1) throw new Error(`Job "${name}": attempts must be >= 1`);
  if (!Number.isFinite(backoffMs) || backoffMs < 0) throw new Error(`Job "${name}": backoffMs must be >= 0`);
  return Object.freeze({ queue, name, schema, attempts, backoffMs });
}

export type JobInput<J extends JobDefinition> = z.input<J['schema']>;
export type JobPayload<J extends JobDefinition> = z.output<J['schema']>;

export interface EnqueueOptions {
  /**
   * Makes the enqueue idempotent: a second enqueue with the same jobId (for the same job definition) is ignored
   * while the first is pending, running, failed, or among the recently completed jobs kept for inspection.
   * Scoped to the job definition; must not contain `:`.
   */
  jobId?: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
}

export interface JobContext {
  /** 1 for the first try, 2 for the first retry... */
  attempt: number;
  jobId: string;
}

export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<void>;

export interface JobCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

/** Messages are complete sentences on their own; `context` repeats the details for structured loggers. */
export interface QueueLogger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** Thrown by a handler when retrying cannot help (e.g. the order no longer exists): the job fails at once. */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}

/**
 * Background jobs. Producers (the API) only `enqueue`; consumers (the worker process, or the API itself with the
 * in-process adapter) `register` handlers and then `startProcessing`. Delivery is at least once: handlers must
 * be idempotent.
 */
export abstract class JobQueue {
  abstract readonly name: 'bullmq' | 'in-process';

  /** Validates the payload against the job's schema (throws `InvalidJobPayloadError`) and queues it. Resolves to the job id. */
  abstract enqueue<J extends JobDefinition>(
    job: J,
    payload: JobInput<J>,
    options?: EnqueueOptions,
  ): Promise<string>;

  /** One handler per job definition; it receives the payload parsed by the job's schema. */
  abstract register<J extends JobDefinition>(job: J, handler: JobHandler<JobPayload<J>>): void;

  /** Starts consuming the given queues (default: every queue with a registered handler). Idempotent per queue. */
  abstract startProcessing(queues?: readonly QueueName[]): Promise<void>;

  abstract counts(queue: QueueName): Promise<JobCounts>;

  /** Resolves when the backing service answers; rejects otherwise (used by /health/ready). */
  abstract ping(): Promise<void>;

  /** Stops taking jobs, waits for running handlers to finish, then releases connections. */
  abstract close(): Promise<void>;
}
