import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '../../platform/metrics/metrics-registry.js';
import { UserRepository } from './user.repository.js';

/** `tarodan_users_total{role}`: accounts by role, counted when Prometheus scrapes. */
@Injectable()
export class MemberMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly users: UserRepository,
  ) {}

  onModuleInit() {
    const users = this.users;
    new Gauge({
      name: 'tarodan_users_total',
      help: 'Registered accounts by role',
      labelNames: ['role'] as const,
      registers: [this.metrics.registry],
      async collect() {
        // A database outage must not turn /metrics into a 500: readiness reports it, the gauge keeps its last values.
        const counts = await users.countByRole().catch(() => null);
        if (!counts) return;
        this.reset();
        for (const { role, total } of counts) this.set({ role }, total);
      },
    });
  }
}
