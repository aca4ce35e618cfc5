import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InProcessJobQueue } from './in-process-job-queue.adapter.js';
import { MeteredJobQueue } from './metered-job-queue.js';
import { defineJob } from './queue.port.js';

const silent = { info() {}, warn() {}, error() {} };

describe('MeteredJobQueue', () => {
  it('counts completed and failed attempts by queue and job', async () => {
    const registry = new Registry();
    const queue = new MeteredJobQueue(new InProcessJobQueue({ logger: silent }), registry);
    const job = defineJob({
      queue: 'email',
      name: 'send-test',
      schema: z.object({ fail: z.boolean() }),
      attempts: 1,
    });
    let finished = 0;
    queue.register(job, async ({ fail }) => {
      finished += 1;
      if (fail) throw new Error('boom');
    });
    await queue.startProcessing();
    await queue.enqueue(job, { fail: false });
    await queue.enqueue(job, { fail: true });
    for (let i = 0; i < 50 && finished < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await queue.close();

    const text = await registry.metrics();
    expect(text).toContain(
      'tarodan_jobs_processed_total{queue="email",job_name="send-test",outcome="completed"} 1',
    );
    expect(text).toContain(
      'tarodan_jobs_processed_total{queue="email",job_name="send-test",outcome="failed"} 1',
    );
    expect(queue.name).toBe('in-process');
  });
});
