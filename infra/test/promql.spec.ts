import { describe, expect, it } from 'vitest';
import { exposedMetricNames, metricNames } from './promql.js';

describe('metric names in PromQL (the dashboard and rule checks rely on it)', () => {
  it('finds the metric inside functions, aggregations and label matchers', () => {
    expect(
      metricNames(
        'histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket{job="api",route!~"/health/.*"}[$__rate_interval])))',
      ),
    ).toEqual(['http_request_duration_seconds_bucket']);
  });

  it('finds every operand of a binary expression and ignores keywords, numbers and offsets', () => {
    expect(
      metricNames(
        'sum(pg_stat_database_numbackends) / max(pg_settings_max_connections) > 0.8 and on (job) up offset 5m',
      ),
    ).toEqual(['pg_settings_max_connections', 'pg_stat_database_numbackends', 'up']);
  });

  it('does not mistake label values, label names or Grafana variables for metrics', () => {
    expect(
      metricNames(
        'label_replace(ALERTS{alertstate="firing"}, "prometheus_alert", "$1", "alertname", "(.*)")',
      ),
    ).toEqual(['ALERTS']);
    expect(metricNames('max by (queue) (tarodan_queue_jobs{state="waiting"}) > 100')).toEqual([
      'tarodan_queue_jobs',
    ]);
  });
});

describe('metric names in /metrics output', () => {
  it('expands histograms into their bucket, sum and count series', () => {
    const names = exposedMetricNames(
      [
        '# HELP http_request_duration_seconds Duration',
        '# TYPE http_request_duration_seconds histogram',
        '# TYPE process_cpu_seconds_total counter',
        'process_cpu_seconds_total{app="tarodan-api"} 1.5',
      ].join('\n'),
    );
    expect([...names].sort()).toEqual([
      'http_request_duration_seconds',
      'http_request_duration_seconds_bucket',
      'http_request_duration_seconds_count',
      'http_request_duration_seconds_sum',
      'process_cpu_seconds_total',
    ]);
  });
});
