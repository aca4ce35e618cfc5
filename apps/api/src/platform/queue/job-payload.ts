import type { JobDefinition, QueueLogger } from './queue.port.js';

export interface PayloadIssue {
  /** Dotted path of the offending field, `(payload)` for the payload as a whole. */
  field: string;
  message: string;
}

export class InvalidJobPayloadError extends Error {
  override readonly name = 'InvalidJobPayloadError';

  constructor(
    readonly job: string,
    readonly issues: PayloadIssue[],
  ) {
    super(`Invalid payload for job ${job}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  }
}

export function jobLabel(job: JobDefinition): string {
  return `${job.queue}/${job.name}`;
}

/** Parses a payload with the job's schema; throws `InvalidJobPayloadError` naming every bad field. */
export function parseJobPayload(job: JobDefinition, payload: unknown): unknown {
  const result = job.schema.safeParse(payload);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(payload)',
    message: issue.message,
  }));
  throw new InvalidJobPayloadError(jobLabel(job), issues);
}

/**
 * What an adapter stores: the parsed payload after a JSON round trip, so the in-process adapter hands handlers
 * exactly what BullMQ would (dates become strings, undefined fields vanish).
 */
export function toStoredPayload(job: JobDefinition, payload: unknown): unknown {
  const parsed = parseJobPayload(job, payload);
  const json = JSON.stringify(parsed);
  return json === undefined ? undefined : JSON.parse(json);
}

/** The stored job id: caller-chosen ids are scoped to the job definition so two kinds of job cannot collide. */
export function scopedJobId(job: JobDefinition, jobId: string): string {
  if (jobId.length === 0 || jobId.includes(':')) {
    throw new Error(`jobId for ${jobLabel(job)} must be a non-empty string without ":" (got "${jobId}")`);
  }
  return `${job.name}.${jobId}`;
}

export function assertDelay(delayMs: number | undefined): number {
  if (delayMs === undefined) return 0;
  if (!Number.isFinite(delayMs) || delayMs < 0) throw new Error(`delayMs must be >= 0, got ${delayMs}`);
  return Math.round(delayMs);
}

/** BullMQ's exponential backoff: backoffMs, 2×, 4×... after the 1st, 2nd, 3rd failed attempt. */
export function retryDelayMs(job: Pick<JobDefinition, 'backoffMs'>, attemptsMade: number): number {
  return Math.round(job.backoffMs * 2 ** (attemptsMade - 1));
}

export const consoleQueueLogger: QueueLogger = {
  info: (message) => console.info(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};
