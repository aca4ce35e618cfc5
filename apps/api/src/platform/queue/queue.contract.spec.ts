import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testServices } from '../../test/services.js';
import { BullMqJobQueue } from './bullmq-job-queue.adapter.js';
import { InProcessJobQueue } from './in-process-job-queue.adapter.js';
import { InvalidJobPayloadError } from './job-payload.js';
import {
  defineJob,
  type JobContext,
  type JobQueue,
  PermanentJobError,
  type QueueLogger,
} from './queue.port.js';

const redisUrl = testServices.redisUrl();
const usedPrefixes: string[] = [];

interface Harness {
  name: string;
  /** Builds a queue; queues built with the same `shared` token see the same jobs (producer and worker processes). */
  create: (logger: QueueLogger, shared?: string) => JobQueue;
}

const adapters: Harness[] = [{ name: 'in-process', create: (logger) => new InProcessJobQueue({ logger }) }];
if (redisUrl) {
  adapters.push({
    name: 'bullmq',
    create: (logger, shared) => {
      const prefix = `tarodan-test-${shared ?? randomUUID()}`;
      usedPrefixes.push(prefix);
      return new BullMqJobQueue({ redisUrl, prefix, logger });
    },
  });
}

afterAll(async () => {
  if (!redisUrl || usedPrefixes.length === 0) return;
  const redis = new Redis(redisUrl);
  for (const prefix of new Set(usedPrefixes)) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
});

const welcomeEmail = defineJob({
  queue: 'email',
  name: 'send-welcome',
  schema: z.object({ userId: z.string().min(1), email: z.email() }),
});
const resizeImage = defineJob({
  queue: 'images',
  name: 'resize-image',
  schema: z.object({ key: z.string() }),
  attempts: 3,
  backoffMs: 20,
});
const indexListing = defineJob({
  queue: 'search',
  name: 'index-listing',
  schema: z.object({ listingId: z.string() }),
  attempts: 2,
  backoffMs: 10,
});
const removeListing = defineJob({
  queue: 'search',
  name: 'remove-listing',
  schema: z.object({ listingId: z.string() }),
});

function recordingLogger(): QueueLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe.each(adapters)('JobQueue contract: $name', ({ name, create }) => {
  let queue: JobQueue;
  let logger: ReturnType<typeof recordingLogger>;
  const extraQueues: JobQueue[] = [];

  beforeEach(() => {
    logger = recordingLogger();
    queue = create(logger);
  });
  afterEach(async () => {
    await Promise.all([queue, ...extraQueues.splice(0)].map((q) => q.close()));
  });

  it('reports its adapter name and answers ping', async () => {
    expect(queue.name).toBe(name);
    await expect(queue.ping()).resolves.toBeUndefined();
  });

  it('runs the handler with the payload parsed by the job schema', async () => {
    const seen: Array<{ payload: unknown; ctx: JobContext }> = [];
    queue.register(welcomeEmail, async (payload, ctx) => {
      seen.push({ payload, ctx });
    });
    await queue.startProcessing();
    const payload = { userId: 'u1', email: 'ayse@example.com', unexpected: true };
    const jobId = await queue.enqueue(welcomeEmail, payload);
    await waitFor(() => seen.length === 1, 'the handler');
    expect(seen[0]).toEqual({
      payload: { userId: 'u1', email: 'ayse@example.com' },
      ctx: { attempt: 1, jobId },
    });
  });

  it('rejects a payload that breaks the schema, naming the field, and queues nothing', async () => {
    const attempt = queue.enqueue(welcomeEmail, { userId: 'u1', email: 'not-an-email' });
    await expect(attempt).rejects.toBeInstanceOf(InvalidJobPayloadError);
    await expect(attempt).rejects.toThrow(/email\/send-welcome: email: /);
    // @ts-expect-error a missing field is a compile error too; at run time it is named
    await expect(queue.enqueue(welcomeEmail, { email: 'a@b.co' })).rejects.toThrow(/userId/);
    expect(await queue.counts('email')).toMatchObject({ waiting: 0, delayed: 0 });
  });

  it('does not consume jobs until startProcessing is called', async () => {
    let runs = 0;
    queue.register(welcomeEmail, async () => {
      runs += 1;
    });
    await queue.enqueue(welcomeEmail, { userId: 'u1', email: 'a@b.co' });
    await sleep(200);
    expect(runs).toBe(0);
    expect(await queue.counts('email')).toMatchObject({ waiting: 1 });
    await queue.startProcessing(['email']);
    await waitFor(() => runs === 1, 'the job after startProcessing');
  });

  it('runs a job once when it is enqueued twice with the same jobId', async () => {
    let runs = 0;
    queue.register(welcomeEmail, async () => {
      runs += 1;
    });
    const payload = { userId: 'u1', email: 'a@b.co' };
    const first = await queue.enqueue(welcomeEmail, payload, { jobId: 'user-u1' });
    const second = await queue.enqueue(welcomeEmail, payload, { jobId: 'user-u1' });
    expect(second).toBe(first);
    await queue.startProcessing();
    await waitFor(() => runs === 1, 'the first run');
    await queue.enqueue(welcomeEmail, payload, { jobId: 'user-u1' });
    await sleep(300);
    expect(runs).toBe(1);
  });

  it('scopes a jobId to its job definition, so two kinds of job with one id both run', async () => {
    const ran: string[] = [];
    queue.register(indexListing, async () => void ran.push('index'));
    queue.register(removeListing, async () => void ran.push('remove'));
    await queue.startProcessing();
    await queue.enqueue(indexListing, { listingId: 'l1' }, { jobId: 'listing-l1' });
    await queue.enqueue(removeListing, { listingId: 'l1' }, { jobId: 'listing-l1' });
    await waitFor(() => ran.length === 2, 'both jobs');
    expect(ran.sort()).toEqual(['index', 'remove']);
  });

  it('retries a handler that fails twice and runs it 3 times, backing off between tries', async () => {
    const attempts: Array<{ attempt: number; at: number }> = [];
    queue.register(resizeImage, async (_payload, ctx) => {
      attempts.push({ attempt: ctx.attempt, at: Date.now() });
      if (ctx.attempt < 3) throw new Error(`flaky storage (attempt ${ctx.attempt})`);
    });
    await queue.startProcessing();
    await queue.enqueue(resizeImage, { key: 'listings/1/photo.jpg' });
    await waitFor(async () => (await queue.counts('images')).completed === 1, 'completion');
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    const [first, , third] = attempts;
    expect(third!.at - first!.at).toBeGreaterThanOrEqual(20 + 40 - 5);
    expect(logger.lines.filter((l) => l.startsWith('warn'))).toHaveLength(2);
  });

  it('keeps a job that always fails as failed after its attempts, and loses no other job', async () => {
    let failingRuns = 0;
    const indexed: string[] = [];
    queue.register(indexListing, async ({ listingId }) => {
      if (listingId === 'broken') {
        failingRuns += 1;
        throw new Error('search index rejected the document');
      }
      indexed.push(listingId);
    });
    await queue.startProcessing();
    for (const listingId of ['a', 'broken', 'b', 'c']) await queue.enqueue(indexListing, { listingId });
    await waitFor(
      async () => (await queue.counts('search')).failed === 1 && indexed.length === 3,
      'the outcome',
    );
    expect(failingRuns).toBe(2);
    expect(indexed.sort()).toEqual(['a', 'b', 'c']);
    expect(await queue.counts('search')).toEqual({
      waiting: 0,
      active: 0,
      delayed: 0,
      completed: 3,
      failed: 1,
    });
    expect(logger.lines.some((l) => l.startsWith('error') && l.includes('search/index-listing'))).toBe(true);
  });

  it('fails a job at once when its handler throws a PermanentJobError', async () => {
    let runs = 0;
    queue.register(resizeImage, async () => {
      runs += 1;
      throw new PermanentJobError('the image was deleted');
    });
    await queue.startProcessing();
    await queue.enqueue(resizeImage, { key: 'gone.jpg' });
    await waitFor(async () => (await queue.counts('images')).failed === 1, 'the failure');
    await sleep(100);
    expect(runs).toBe(1);
  });

  it('runs a delayed job only after its delay', async () => {
    let ranAt = 0;
    queue.register(welcomeEmail, async () => {
      ranAt = Date.now();
    });
    await queue.startProcessing();
    const enqueuedAt = Date.now();
    await queue.enqueue(welcomeEmail, { userId: 'u1', email: 'a@b.co' }, { delayMs: 400 });
    await sleep(150);
    expect(ranAt).toBe(0);
    expect(await queue.counts('email')).toMatchObject({ delayed: 1 });
    await waitFor(() => ranAt > 0, 'the delayed job');
    expect(ranAt - enqueuedAt).toBeGreaterThanOrEqual(395);
  });

  it('waits for a running job when it closes', async () => {
    let started = false;
    let finished = false;
    queue.register(resizeImage, async () => {
      started = true;
      await sleep(300);
      finished = true;
    });
    await queue.startProcessing();
    await queue.enqueue(resizeImage, { key: 'big.jpg' });
    await waitFor(() => started, 'the job to start');
    await queue.close();
    expect(finished).toBe(true);
  });

  it('refuses a second handler for the same job', () => {
    queue.register(welcomeEmail, async () => {});
    expect(() => queue.register(welcomeEmail, async () => {})).toThrow(/already registered/);
  });

  it('refuses jobs after it is closed', async () => {
    await queue.close();
    await expect(queue.enqueue(welcomeEmail, { userId: 'u1', email: 'a@b.co' })).rejects.toThrow(/closed/);
  });
});

describe.each(adapters.filter((a) => a.name === 'bullmq'))(
  'JobQueue across processes: $name',
  ({ create }) => {
    it('hands a job enqueued by the API process to the worker process', async () => {
      const shared = randomUUID();
      const api = create(recordingLogger(), shared);
      const worker = create(recordingLogger(), shared);
      try {
        const seen: unknown[] = [];
        worker.register(welcomeEmail, async (payload) => void seen.push(payload));
        await worker.startProcessing();
        await api.enqueue(welcomeEmail, { userId: 'u9', email: 'mehmet@example.com' });
        await waitFor(() => seen.length === 1, 'the worker');
        expect(seen).toEqual([{ userId: 'u9', email: 'mehmet@example.com' }]);
      } finally {
        await Promise.all([api.close(), worker.close()]);
      }
    });
  },
);

describe('defineJob', () => {
  it('refuses names that are not kebab-case and attempts below one', () => {
    const schema = z.object({});
    expect(() => defineJob({ queue: 'push', name: 'Send Push', schema })).toThrow(/kebab-case/);
    expect(() => defineJob({ queue: 'push', name: 'send-push', schema, attempts: 0 })).toThrow(/attempts/);
  });
});

describe('BullMqJobQueue', () => {
  it('rejects ping when Redis is unreachable', async () => {
    const queue = new BullMqJobQueue({
      redisUrl: 'redis://127.0.0.1:1',
      logger: recordingLogger(),
      pingTimeoutMs: 1_000,
    });
    try {
      await expect(queue.ping()).rejects.toThrow(/unreachable/);
    } finally {
      await queue.close();
    }
  });
});
