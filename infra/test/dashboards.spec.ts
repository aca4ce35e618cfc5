import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, read, readList } from './files.js';
import { alertRules } from './prometheus.js';
import { metricNames } from './promql.js';
import { ensureApiBuilt, type RunningProcess, startApi, startWorker } from './running-metrics.js';

/**
 * Every metric a dashboard panel or an alert rule reads must exist somewhere real:
 *   - in the /metrics output of the API or the worker, captured here from the built processes;
 *   - or in infra/grafana/exporter-metrics.txt (postgres/redis/node exporters and Prometheus's own series,
 *     which cannot run here);
 *   - or in infra/prometheus/planned-metrics.txt (names the code will export; each leaves that list when it does).
 */

interface Target {
  expr?: string;
  datasource?: { type: string; uid: string };
}

interface Panel {
  title: string;
  type: string;
  datasource?: { type: string; uid: string };
  targets?: Target[];
  panels?: Panel[];
}

const dashboards = listFiles('grafana/dashboards', '.json').map((file) => ({
  file,
  dashboard: JSON.parse(read(file)) as { title: string; panels: Panel[] },
}));

function promQueries(): Array<{ where: string; expr: string }> {
  const queries: Array<{ where: string; expr: string }> = [];
  const visit = (file: string, panel: Panel) => {
    for (const target of panel.targets ?? []) {
      const source = target.datasource ?? panel.datasource;
      if (source?.type !== 'prometheus' || !target.expr) continue;
      queries.push({ where: `${file} › ${panel.title}`, expr: target.expr });
    }
    for (const child of panel.panels ?? []) visit(file, child);
  };
  for (const { file, dashboard } of dashboards) for (const panel of dashboard.panels) visit(file, panel);
  return queries;
}

const planned = readList('prometheus/planned-metrics.txt');
const exporters = readList('grafana/exporter-metrics.txt');
const processes: RunningProcess[] = [];
const live = new Set<string>();

let startupError: unknown;

beforeAll(async () => {
  // A start-up failure is reported by every test below (a failure, not a skip).
  try {
    ensureApiBuilt();
    processes.push(await startApi());
    const databaseUrl = process.env.DATABASE_URL;
    const redisUrl = process.env.REDIS_URL;
    if (databaseUrl && redisUrl) {
      processes.push(await startWorker(databaseUrl, redisUrl));
    } else if (process.env.CI === 'true') {
      throw new Error(
        'CI=true: DATABASE_URL and REDIS_URL are required to scrape the worker’s /metrics as well',
      );
    }
    for (const running of processes) for (const name of running.metrics) live.add(name);
  } catch (error) {
    startupError = error;
  }
});

/** The live metric names; throws the start-up error when the API or the worker could not be scraped. */
function liveMetrics(): Set<string> {
  if (startupError) throw startupError;
  return live;
}

afterAll(async () => {
  await Promise.all(processes.map((running) => running.stop()));
});

describe('metrics behind the dashboards and alerts', () => {
  it('scrapes the running API (and the worker when PostgreSQL and Redis are configured)', () => {
    const live = liveMetrics();
    expect(live).toContain('http_request_duration_seconds_bucket');
    expect(live).toContain('process_cpu_seconds_total');
    const worker = processes.find((running) => running.name === 'worker');
    if (worker) expect(worker.metrics).toContain('process_resident_memory_bytes');
  });

  it('reads only metrics that the code exports, an exporter documents, or the planned list names', () => {
    const known = new Set([...liveMetrics(), ...planned, ...exporters]);
    const queries = promQueries();
    expect(queries.length).toBeGreaterThan(50);
    const unknown = queries.flatMap(({ where, expr }) =>
      metricNames(expr)
        .filter((name) => !known.has(name))
        .map((name) => `${where}: ${name}`),
    );
    expect(unknown, 'dashboard panels query metrics nobody exports').toEqual([]);
  });

  it('gives every dashboard Prometheus panels that are checked', () => {
    for (const { file, dashboard } of dashboards) {
      expect(
        promQueries().filter((q) => q.where.startsWith(file)).length,
        `${file} (${dashboard.title})`,
      ).toBeGreaterThan(3);
    }
  });

  it('alerts only on metrics that exist', () => {
    const known = new Set([...liveMetrics(), ...planned, ...exporters]);
    const unknown = alertRules().flatMap((rule) =>
      metricNames(rule.expr)
        .filter((name) => !known.has(name))
        .map((name) => `${rule.alert}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('lists as planned only metrics the code does not export yet (remove them once it does)', () => {
    const live = liveMetrics();
    expect(planned.filter((name) => live.has(name))).toEqual([]);
  });

  it('uses every planned metric somewhere, so the list holds no leftovers', () => {
    const used = new Set([
      ...promQueries().flatMap(({ expr }) => metricNames(expr)),
      ...alertRules().flatMap((rule) => metricNames(rule.expr)),
    ]);
    expect(planned.filter((name) => !used.has(name))).toEqual([]);
  });
});
