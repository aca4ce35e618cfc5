import { BullMqJobQueue } from './bullmq-job-queue.adapter.js';
import { InProcessJobQueue } from './in-process-job-queue.adapter.js';
import type { JobQueue, QueueLogger } from './queue.port.js';

export interface CreateJobQueueOptions {
  /** BullMQ on this Redis when set; the in-process queue otherwise. */
  redisUrl?: string;
  /** BullMQ key namespace, default `tarodan` (use a unique one per test run). */
  prefix?: string;
  logger?: QueueLogger;
  /** Jobs run at once per queue by this process, default 4. */
  concurrency?: number;
}

export function createJobQueue(options: CreateJobQueueOptions = {}): JobQueue {
  const { redisUrl, prefix, logger, concurrency } = options;
  if (redisUrl) return new BullMqJobQueue({ redisUrl, prefix, logger, concurrency });
  return new InProcessJobQueue({ logger, concurrency });
}
