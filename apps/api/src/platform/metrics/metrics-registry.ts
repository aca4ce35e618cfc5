import { Injectable } from '@nestjs/common';
import { createMetrics, type Metrics } from './metrics.js';

@Injectable()
export class MetricsRegistry {
  private readonly metrics: Metrics = createMetrics();
  get registry() {
    return this.metrics.registry;
  }
  get httpDuration() {
    return this.metrics.httpDuration;
  }
}
