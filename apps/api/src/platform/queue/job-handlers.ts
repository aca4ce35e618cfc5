import { InvalidJobPayloadError, jobLabel, parseJobPayload } from './job-payload.js';
import {
  type JobContext,
  type JobDefinition,
  type JobHandler,
  type JobPayload,
  PermanentJobError,
  type QueueName,
} from './queue.port.js';

interface Registration {
  job: JobDefinition;
  handler: JobHandler<unknown>;
}

/** The handlers a queue adapter dispatches to, shared by both adapters so they dispatch identically. */
export class JobHandlers {
  private readonly byKey = new Map<string, Registration>();

  add<J extends JobDefinition>(job: J, handler: JobHandler<JobPayload<J>>): void {
    const key = jobLabel(job);
    if (this.byKey.has(key)) throw new Error(`A handler for job ${key} is already registered`);
    this.byKey.set(key, { job, handler: handler as JobHandler<unknown> });
  }

  /** Queues that have at least one handler, in registration order. */
  queues(): QueueName[] {
    return [...new Set([...this.byKey.values()].map((r) => r.job.queue))];
  }

  /**
   * Runs the handler for a stored job. A missing handler or a payload the schema now rejects cannot be fixed by
   * retrying, so both surface as `PermanentJobError`.
   */
  async run(queue: QueueName, name: string, data: unknown, ctx: JobContext): Promise<void> {
    const registration = this.byKey.get(`${queue}/${name}`);
    if (!registration) throw new PermanentJobError(`No handler registered for job ${queue}/${name}`);
    let payload: unknown;
    try {
      payload = parseJobPayload(registration.job, data);
    } catch (error) {
      if (error instanceof InvalidJobPayloadError)
        throw new PermanentJobError(error.message, { cause: error });
      throw error;
    }
    await registration.handler(payload, ctx);
  }
}
