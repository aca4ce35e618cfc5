import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { JobQueue, QUEUE_NAMES } from '../queue/queue.port.js';
import { MetricsRegistry } from './metrics-registry.js';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** `tarodan_queue_jobs{queue,state}`, read from the queue when Prometheus scrapes (backlog and failed-job alerts). */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit() {
    const queue = this.queue;
    new Gauge({
      name: 'tarodan_queue_jobs',
      help: 'Jobs per queue and state (completed and failed are the ones kept for inspection)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.metrics.registry],
      async collect() {
        const counts = await Promise.all(QUEUE_NAMES.map((name) => queue.counts(name).catch(() => null)));
        QUEUE_NAMES.forEach((name, index) => {
          const queueCounts = counts[index];
          if (!queueCounts) return;
          for (const state of STATES) this.set({ queue: name, state }, queueCounts[state]);
        });
      },
    });
  }
}
