import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { mapError } from './platform/errors/error-mapping.js';
import { AllExceptionsFilter } from './platform/errors/http-exception.filter.js';
import { captureUnexpected } from './platform/errors/sentry.js';
import { requestIdOf } from './platform/http/request-id.js';
import { addRequestLogFields } from './platform/logging/request-log-fields.js';
import { instrumentFastify } from './platform/metrics/metrics.js';
import { MetricsRegistry } from './platform/metrics/metrics-registry.js';
import { RealtimeIoAdapter } from './platform/realtime/realtime-io.adapter.js';
import { MAX_IMAGE_BYTES } from './platform/storage/image-type.js';

/** Builds the HTTP application (REST, GraphQL, socket.io, docs, metrics) without listening: main.ts and tests share it. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: false,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    trustProxy: config.http.trustProxy,
    bodyLimit: 1024 * 1024,
    // Path parameters may be long: DELETE /admin/v1/search/zero-results/:query carries a search text of up to 200
    // characters, URL-encoded (default 100 answers 414). Each route's zod schema still bounds its parameters.
    routerOptions: { maxParamLength: 2000 },
    allowErrorHandlerOverride: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // Global (not APP_FILTER) so errors raised before routing — bad JSON, body too large — take the same shape.
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  app.enableCors({
    origin: config.http.corsOrigins,
    credentials: true,
    exposedHeaders: ['retry-after', 'x-request-id'],
  });
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, config.redis?.url));

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request) => {
    addRequestLogFields(request.raw, { route: request.routeOptions.url });
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Errors raised before a route handler runs (bad JSON, body too large) reach Fastify's error handler, whose
  // default answer is not our shape; the one Nest installs does not apply the global filter to them either.
  fastify.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error, String(request.id));
    if (mapped.unexpected) captureUnexpected(error, String(request.id), 'http');
    reply.status(mapped.status).headers(mapped.headers).send(mapped.body);
  });
  // Images arrive as raw bodies (PUT /v1/account/avatar); each endpoint enforces its own smaller limit and
  // checks the bytes, not this header.
  fastify.addContentTypeParser(
    /^image\/[a-z0-9.+-]+$/,
    { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES },
    (_request, body, done) => done(null, body),
  );
  instrumentFastify(fastify, app.get(MetricsRegistry));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('TARODAN API')
      .setDescription(
        'REST API of the TARODAN collectible toy marketplace. Errors: `{ error: { code, message, details?, requestId } }`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
