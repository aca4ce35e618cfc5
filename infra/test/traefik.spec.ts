import { describe, expect, it } from 'vitest';
import { interpolate, loadCompose } from './compose.js';

/**
 * Traefik reads these labels from the running containers (Coolify's proxy, Traefik v3, entry points `http` and
 * `https`, certificate resolver `letsencrypt`). The tests read the labels as Traefik would after Compose has
 * interpolated them.
 */
const compose = loadCompose();

function labelsOf(service: string): Record<string, string> {
  const labels = compose.services[service]?.labels ?? {};
  return Object.fromEntries(Object.entries(labels).map(([key, value]) => [key, interpolate(String(value))]));
}

interface Router {
  service: string;
  rule: string;
  entrypoints: string;
  middlewares: string[];
  tls?: string;
  certresolver?: string;
}

function routersOf(service: string): Record<string, Router> {
  const labels = labelsOf(service);
  const routers: Record<string, Router> = {};
  for (const [key, value] of Object.entries(labels)) {
    const match = /^traefik\.http\.routers\.([^.]+)\.(.+)$/.exec(key);
    if (!match) continue;
    const [, name, field] = match as unknown as [string, string, string];
    routers[name] ??= { service: '', rule: '', entrypoints: '', middlewares: [] };
    const router = routers[name] as Router;
    if (field === 'rule') router.rule = value;
    if (field === 'entrypoints') router.entrypoints = value;
    if (field === 'service') router.service = value;
    if (field === 'middlewares') router.middlewares = value.split(',').map((m) => m.trim());
    if (field === 'tls') router.tls = value;
    if (field === 'tls.certresolver') router.certresolver = value;
  }
  return routers;
}

const middleware = (service: string, name: string): Record<string, string> => {
  const prefix = `traefik.http.middlewares.${name}.`;
  return Object.fromEntries(
    Object.entries(labelsOf(service))
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
};

const HOSTS: Array<{ host: string; service: string; port: string }> = [
  { host: 'tarodan.com', service: 'web-1', port: '3000' },
  { host: 'admin.tarodan.com', service: 'admin', port: '3002' },
  { host: 'api.tarodan.com', service: 'api-1', port: '3001' },
  { host: 'grafana.tarodan.com', service: 'grafana', port: '3003' },
];

describe('Traefik labels', () => {
  it.each(HOSTS)(
    'routes https://$host over TLS with a Let’s Encrypt certificate, a rate limit and security headers',
    ({ host, service, port }) => {
      const routers = Object.values(routersOf(service));
      const https = routers.find(
        (r) => r.entrypoints === 'https' && r.rule.includes(`Host(\`${host}\`)`) && !r.rule.includes('Path'),
      );
      expect(https, `no https router for ${host} on ${service}`).toBeDefined();
      expect(https?.tls).toBe('true');
      expect(https?.certresolver).toBe('letsencrypt');
      const limits = https?.middlewares.filter((name) =>
        Object.keys(middleware(service, name)).some((k) => k.startsWith('ratelimit.')),
      );
      expect(limits, `${host} has no rate limit`).toHaveLength(1);
      const limit = middleware(service, limits?.[0] as string);
      expect(Number(limit['ratelimit.average'])).toBeGreaterThan(0);
      expect(Number(limit['ratelimit.burst'])).toBeGreaterThan(0);
      // Behind Cloudflare the TCP peer is a Cloudflare edge: the limit is per real client.
      expect(limit['ratelimit.sourcecriterion.requestheadername']).toBe('CF-Connecting-IP');
      expect(https?.middlewares).toContain('tarodan-security-headers');
      const headers = middleware(service, 'tarodan-security-headers');
      expect(Number(headers['headers.stsSeconds'])).toBeGreaterThan(0);
      expect(headers['headers.contentTypeNosniff']).toBe('true');
      expect(labelsOf(service)[`traefik.http.services.${https?.service}.loadbalancer.server.port`]).toBe(
        port,
      );
    },
  );

  it.each(HOSTS)('redirects http://$host to HTTPS permanently', ({ host, service }) => {
    const http = Object.values(routersOf(service)).find(
      (r) => r.entrypoints === 'http' && r.rule.includes(`Host(\`${host}\`)`),
    );
    expect(http, `no http router for ${host}`).toBeDefined();
    const redirect = http?.middlewares
      .map((name) => middleware(service, name))
      .find((m) => m['redirectscheme.scheme']);
    expect(redirect?.['redirectscheme.scheme']).toBe('https');
    expect(redirect?.['redirectscheme.permanent']).toBe('true');
  });

  it('defines every middleware a router uses on the same container, so no replica depends on another', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [routerName, router] of Object.entries(routersOf(name))) {
        for (const used of router.middlewares) {
          expect(
            Object.keys(middleware(name, used)).length,
            `${name}: router ${routerName} uses undefined ${used}`,
          ).toBeGreaterThan(0);
        }
        expect(router.service, `${name}: router ${routerName} has no service`).not.toBe('');
        expect(
          service.labels?.[`traefik.http.services.${router.service}.loadbalancer.server.port`],
        ).toBeDefined();
      }
    }
  });

  it('joins the replicas into one service: their Traefik labels are identical', () => {
    // Traefik merges services defined identically on several containers into one load balancer; a difference
    // would make it drop the router as conflicting.
    expect(labelsOf('web-2')).toEqual(labelsOf('web-1'));
    expect(labelsOf('api-2')).toEqual(labelsOf('api-1'));
  });

  it('keeps socket.io clients on one API replica with a sticky cookie', () => {
    const labels = labelsOf('api-1');
    expect(labels['traefik.http.services.tarodan-api.loadbalancer.sticky.cookie']).toBe('true');
    expect(labels['traefik.http.services.tarodan-api.loadbalancer.sticky.cookie.secure']).toBe('true');
    expect(labels['traefik.http.services.tarodan-api.loadbalancer.sticky.cookie.httponly']).toBe('true');
    // The web and admin do not need it.
    expect(Object.keys(labelsOf('web-1')).some((k) => k.includes('sticky'))).toBe(false);
  });

  it('does not serve the API’s /metrics to the internet', () => {
    const metrics = Object.values(routersOf('api-1')).find((r) => r.rule.includes('PathPrefix(`/metrics`)'));
    expect(metrics?.rule).toContain('Host(`api.tarodan.com`)');
    expect(metrics?.middlewares).toEqual(['tarodan-deny-all']);
    expect(middleware('api-1', 'tarodan-deny-all')['ipallowlist.sourcerange']).toBe('127.0.0.1/32');
  });

  it('gives public images a cache lifetime the CDN can use', () => {
    const assets = routersOf('web-1')['tarodan-web-assets'];
    expect(assets?.rule).toContain('PathRegexp(`^/[^/]+\\.(png|jpe?g|webp|avif|gif|svg|ico)$`)');
    expect(assets?.middlewares).toContain('tarodan-web-asset-cache');
    expect(
      middleware('web-1', 'tarodan-web-asset-cache')['headers.customResponseHeaders.Cache-Control'],
    ).toMatch(/^public, max-age=\d+/);
  });

  it('sends www.tarodan.com to tarodan.com', () => {
    const redirect = middleware('web-1', 'tarodan-www-redirect');
    // Traefik's capture-group placeholder (written $${1} in the file: $$ is Compose's escape for a literal $).
    expect(redirect['redirectregex.replacement']).toBe(['https://tarodan.com/$', '{1}'].join(''));
    expect(routersOf('web-1')['tarodan-web']?.middlewares[0]).toBe('tarodan-www-redirect');
  });
});
