import { describe, expect, it } from 'vitest';
import { loadCompose } from './compose.js';
import { listFiles, read, readYaml } from './files.js';

interface LokiConfig {
  limits_config: { retention_period: string };
  compactor: { retention_enabled: boolean; delete_request_store?: string; working_directory: string };
  schema_config: { configs: Array<{ store: string; index: { period: string } }> };
}

describe('Loki', () => {
  const loki = readYaml<LokiConfig>('loki/loki.yml');

  it('keeps logs for 30 days (720 h) and actually deletes older ones', () => {
    expect(loki.limits_config.retention_period).toBe('720h');
    // retention_period does nothing unless the compactor applies it.
    expect(loki.compactor.retention_enabled).toBe(true);
    expect(loki.compactor.delete_request_store).toBe('filesystem');
    // Retention needs a 24 h index period.
    for (const schema of loki.schema_config.configs) expect(schema.index.period).toBe('24h');
  });

  it('runs the configuration the image is built with', () => {
    expect(read('loki/Dockerfile')).toMatch(/COPY loki\.yml \/etc\/loki\/loki\.yml/);
    expect(read('loki/Dockerfile')).toMatch(/-config\.file=\/etc\/loki\/loki\.yml/);
  });
});

describe('Alloy (log shipper)', () => {
  const config = read('alloy/config.alloy');

  it('collects every container’s logs through the read-only Docker socket and pushes them to Loki', () => {
    expect(config).toMatch(/discovery\.docker "containers"/);
    expect(config).toMatch(/loki\.source\.docker "containers"/);
    expect(config).toContain('url = "http://loki:3100/loki/api/v1/push"');
    expect(loadCompose().services.alloy?.volumes).toContain('/var/run/docker.sock:/var/run/docker.sock:ro');
  });

  it('labels every stream by compose service, with the replica suffix removed', () => {
    expect(config).toMatch(
      /source_labels = \["__meta_docker_container_label_com_docker_compose_service"\]\s+regex\s+= "\(\.\+\?\)\(-\[0-9\]\+\)\?"\s+replacement\s+= "\$1"\s+target_label\s+= "service"/,
    );
    const regex = /^(.+?)(-[0-9]+)?$/;
    expect('api-2'.replace(regex, '$1')).toBe('api');
    expect('web-1'.replace(regex, '$1')).toBe('web');
    expect('postgres-exporter'.replace(regex, '$1')).toBe('postgres-exporter');
  });
});

interface Datasources {
  datasources: Array<{ uid: string; type: string; url: string }>;
}

interface Dashboard {
  uid: string;
  title: string;
  panels: Array<{
    datasource?: { uid: string };
    targets?: Array<{ datasource?: { uid: string } }>;
    panels?: unknown[];
  }>;
}

describe('Grafana', () => {
  const datasources = readYaml<Datasources>('grafana/provisioning/datasources/datasources.yml').datasources;

  it('provisions the Prometheus and Loki data sources with the uids the dashboards use', () => {
    expect(datasources.map((d) => [d.uid, d.type, d.url])).toEqual([
      ['prometheus', 'prometheus', 'http://prometheus:9090'],
      ['loki', 'loki', 'http://loki:3100'],
    ]);
    const uids = new Set(datasources.map((d) => d.uid));
    for (const file of listFiles('grafana/dashboards', '.json')) {
      const dashboard = JSON.parse(read(file)) as Dashboard;
      for (const panel of dashboard.panels) {
        for (const source of [panel.datasource, ...(panel.targets ?? []).map((t) => t.datasource)]) {
          if (source) expect(uids, `${file}: ${dashboard.title}`).toContain(source.uid);
        }
      }
    }
  });

  it('provisions the six dashboards from the directory the image copies them to', () => {
    const provider = readYaml<{ providers: Array<{ options: { path: string } }> }>(
      'grafana/provisioning/dashboards/dashboards.yml',
    ).providers[0];
    expect(read('grafana/Dockerfile')).toContain(`COPY dashboards/ ${provider?.options.path}/`);
    const dashboards = listFiles('grafana/dashboards', '.json').map(
      (file) => JSON.parse(read(file)) as Dashboard,
    );
    expect(dashboards.map((d) => d.uid).sort()).toEqual(
      [
        'tarodan-api',
        'tarodan-business',
        'tarodan-host',
        'tarodan-postgres',
        'tarodan-redis',
        'tarodan-workers',
      ].sort(),
    );
  });

  it('sends alerts to a provisioned contact point, through one rule that forwards Prometheus alerts', () => {
    const contactPoints = readYaml<{
      contactPoints: Array<{
        name: string;
        receivers: Array<{ type: string; settings: Record<string, string> }>;
      }>;
    }>('grafana/provisioning/alerting/contact-points.yml').contactPoints;
    expect(contactPoints[0]?.name).toBe('tarodan-oncall');
    // Grafana's own environment interpolation in provisioning files, resolved when Grafana starts.
    expect(contactPoints[0]?.receivers[0]?.settings.addresses).toBe(['$', '{GRAFANA_ALERT_EMAIL}'].join(''));
    const policies = readYaml<{ policies: Array<{ receiver: string }> }>(
      'grafana/provisioning/alerting/policies.yml',
    ).policies;
    expect(policies[0]?.receiver).toBe('tarodan-oncall');
    const rules = read('grafana/provisioning/alerting/prometheus-alerts.yml')
      .split('\n')
      .filter((line) => !line.trim().startsWith('#'))
      .join('\n');
    expect(rules).toContain('ALERTS{alertstate="firing"}');
    // Grafana interpolates $VAR in provisioning files: template variables must be escaped as $$.
    expect(rules).not.toMatch(/[^$]\$labels/);
    expect(loadCompose().services.grafana?.environment?.GRAFANA_ALERT_EMAIL).toMatch(
      /^\$\{GRAFANA_ALERT_EMAIL:\?/,
    );
  });

  it('serves on port 3003 at https://grafana.tarodan.com', () => {
    const environment = loadCompose().services.grafana?.environment ?? {};
    expect(environment.GF_SERVER_HTTP_PORT).toBe('3003');
    expect(environment.GF_SERVER_ROOT_URL).toBe('https://grafana.tarodan.com');
    expect(environment.GF_USERS_ALLOW_SIGN_UP).toBe('false');
  });
});
