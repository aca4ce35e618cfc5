import { Injectable, type OnModuleInit } from '@nestjs/common';
import { listingStatuses } from '@tarodan/contracts';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '../../platform/metrics/metrics-registry.js';
import { ListingRepository } from './listing.repository.js';

/** `tarodan_listings{status}`: listings by lifecycle state, counted when Prometheus scrapes. */
@Injectable()
export class ListingsMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly listings: ListingRepository,
  ) {}

  onModuleInit() {
    const listings = this.listings;
    new Gauge({
      name: 'tarodan_listings',
      help: 'Listings by lifecycle state',
      labelNames: ['status'] as const,
      registers: [this.metrics.registry],
      async collect() {
        // A database outage must not turn /metrics into a 500: readiness reports it, the gauge keeps its last values.
        const counts = await listings.countByStatus().catch(() => null);
        if (!counts) return;
        for (const status of listingStatuses) this.set({ status }, counts.get(status) ?? 0);
      },
    });
  }
}
