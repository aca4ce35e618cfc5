import { Injectable } from '@nestjs/common';
import type { MediaKind } from '@tarodan/contracts';
import { Counter } from 'prom-client';
import { MetricsRegistry } from '../../platform/metrics/metrics-registry.js';

export type ImageOutcome = 'success' | 'failure';

/**
 * `tarodan_images_processed_total{kind,outcome}`: images this process finished, `success` (variants stored) or
 * `failure` (marked failed after the last try, or at once for a corrupt file). Retries are not counted here;
 * `tarodan_jobs_processed_total{queue="images"}` counts every attempt.
 */
@Injectable()
export class MediaMetrics {
  private readonly processed: Counter<'kind' | 'outcome'>;

  constructor(metrics: MetricsRegistry) {
    this.processed = new Counter({
      name: 'tarodan_images_processed_total',
      help: 'Images processed by the image pipeline, by kind (listing-photo, avatar) and outcome (success, failure)',
      labelNames: ['kind', 'outcome'] as const,
      registers: [metrics.registry],
    });
    for (const kind of ['listing-photo', 'avatar'] as const) {
      for (const outcome of ['success', 'failure'] as const) this.processed.inc({ kind, outcome }, 0);
    }
  }

  record(kind: MediaKind, outcome: ImageOutcome): void {
    this.processed.inc({ kind, outcome });
  }
}
