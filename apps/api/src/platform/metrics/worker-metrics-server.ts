import { createServer, type Server } from 'node:http';
import type { MetricsRegistry } from './metrics-registry.js';

/** The worker has no HTTP API: this tiny server gives Prometheus `/metrics` and the container a `/health/live`. */
export function startWorkerMetricsServer(metrics: MetricsRegistry, port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
    if (request.method === 'GET' && request.url === '/metrics') {
      response.writeHead(200, { 'content-type': metrics.registry.contentType });
      response.end(await metrics.registry.metrics());
    } else if (request.method === 'GET' && request.url === '/health/live') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"ok"}');
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '0.0.0.0', () => resolve(server)));
}
