import { Global, Module } from '@nestjs/common';
import { MetricsRegistry } from './metrics-registry.js';
import { QueueMetrics } from './queue-metrics.js';

/** One Prometheus registry per process; modules add their business gauges to it. */
@Global()
@Module({ providers: [MetricsRegistry, QueueMetrics], exports: [MetricsRegistry] })
export class MetricsModule {}
