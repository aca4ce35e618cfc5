import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCompose } from './compose.js';
import { infraDir, readYaml } from './files.js';
import { alertRules, alertsTestedFiring, promtool, ruleFiles, ruleTestFiles } from './prometheus.js';

interface PrometheusConfig {
  rule_files: string[];
  scrape_configs: Array<{
    job_name: string;
    metrics_path?: string;
    static_configs: Array<{ targets: string[] }>;
  }>;
}

const config = readYaml<PrometheusConfig>('prometheus/prometheus.yml');

describe('Prometheus', () => {
  it('passes promtool check config (which also checks every rule file it loads)', () => {
    const { status, output } = promtool(['check', 'config', 'prometheus.yml']);
    expect(output).toContain('SUCCESS');
    expect(status, output).toBe(0);
  });

  it('passes promtool check rules for every rule file', () => {
    const { status, output } = promtool([
      'check',
      'rules',
      ...ruleFiles().map((file) => `rules/${basename(file)}`),
    ]);
    expect(status, output).toBe(0);
    expect(output.match(/SUCCESS/g)?.length).toBe(ruleFiles().length);
  });

  it('passes promtool test rules: the unit tests of every alert', () => {
    const files = ruleTestFiles().map((file) => basename(file));
    const { status, output } = promtool(['test', 'rules', ...files], join(infraDir, 'prometheus', 'tests'));
    expect(status, output).toBe(0);
    expect(output.match(/SUCCESS/g)?.length).toBe(files.length);
  });

  it('has a promtool test in which every alert fires', () => {
    const tested = alertsTestedFiring();
    const untested = alertRules()
      .map((rule) => rule.alert)
      .filter((name) => !tested.has(name));
    expect(untested, 'alerts without a firing promtool test').toEqual([]);
    expect(alertRules().length).toBeGreaterThanOrEqual(19);
  });

  it('has a test file for every rule file, loading exactly that rule file', () => {
    for (const file of ruleFiles()) {
      const name = basename(file, '.yml');
      const testFile = `prometheus/tests/${name}.test.yml`;
      expect(ruleTestFiles()).toContain(testFile);
      expect(readYaml<{ rule_files: string[] }>(testFile).rule_files).toEqual([`../rules/${name}.yml`]);
    }
  });

  it('gives every alert a unique name, a severity, a summary and its runbook section', () => {
    const names = alertRules().map((rule) => rule.alert);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of alertRules()) {
      expect(['critical', 'warning'], `${rule.alert} severity`).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary, `${rule.alert} summary`).toBeTruthy();
      expect(rule.annotations?.runbook).toBe(`docs/runbook.md#${rule.alert.toLowerCase()}`);
    }
  });

  it('covers the alerts the issue asks for', () => {
    expect(alertRules().map((rule) => rule.alert)).toEqual(
      expect.arrayContaining([
        'ApiHighErrorRate',
        'ApiHighLatencyP95',
        'ApiReadinessFailing',
        'QueueBacklogHigh',
        'QueueJobsFailing',
        'SearchFallbackActive',
        'PostgresDown',
        'PostgresTooManyConnections',
        'RedisMemoryHigh',
        'HostDiskSpaceLow',
        'PostgresBackupTooOld',
      ]),
    );
  });

  it('scrapes each API replica, the worker, the admin and the postgres, redis and node exporters', () => {
    const jobs = Object.fromEntries(
      config.scrape_configs.map((job) => [job.job_name, job.static_configs.flatMap((s) => s.targets)]),
    );
    expect(jobs.api).toEqual(['api-1:3001', 'api-2:3001']);
    expect(jobs.worker).toEqual(['worker:9464']);
    expect(jobs.admin).toEqual(['admin:3002']);
    expect(jobs.postgres).toEqual(['postgres-exporter:9187']);
    expect(jobs.redis).toEqual(['redis-exporter:9121']);
    expect(jobs.node).toEqual(['node-exporter:9100']);
  });

  it('scrapes only hosts that are services of the compose file', () => {
    const services = Object.keys(loadCompose().services);
    for (const job of config.scrape_configs) {
      for (const target of job.static_configs.flatMap((s) => s.targets)) {
        const host = target.split(':')[0] as string;
        if (host === 'localhost') continue;
        expect(services, `${job.job_name} scrapes ${target}`).toContain(host);
      }
    }
  });
});
