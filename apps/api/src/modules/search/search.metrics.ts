import { Counter, Gauge, type Registry } from 'prom-client';

/** `tarodan_search_fallback_active`: 1 while searches run on PostgreSQL because Elasticsearch failed. */
export function searchFallbackGauge(registry: Registry): Gauge {
  const existing = registry.getSingleMetric('tarodan_search_fallback_active');
  if (existing) return existing as Gauge;
  const gauge = new Gauge({
    name: 'tarodan_search_fallback_active',
    help: '1 while Elasticsearch does not answer and search runs on PostgreSQL full-text',
    registers: [registry],
  });
  gauge.set(0);
  return gauge;
}

/** `tarodan_search_fallback_activations_total`: how often the breaker opened (Elasticsearch failed, PostgreSQL took over). */
export function searchFallbackActivations(registry: Registry): Counter {
  const existing = registry.getSingleMetric('tarodan_search_fallback_activations_total');
  if (existing) return existing as Counter;
  return new Counter({
    name: 'tarodan_search_fallback_activations_total',
    help: 'Times searches fell back from Elasticsearch to PostgreSQL full-text',
    registers: [registry],
  });
}

/** `tarodan_search_cache_requests_total{kind,result}`: search pages and suggestions answered from the cache or computed. */
export function searchCacheRequests(registry: Registry): Counter {
  const existing = registry.getSingleMetric('tarodan_search_cache_requests_total');
  if (existing) return existing as Counter;
  return new Counter({
    name: 'tarodan_search_cache_requests_total',
    help: 'Search pages and suggestions by cache result (hit: answered from the current index generation)',
    labelNames: ['kind', 'result'],
    registers: [registry],
  });
}
