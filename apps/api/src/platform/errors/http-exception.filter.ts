import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { mapError } from './error-mapping.js';
import { captureUnexpected } from './sentry.js';

/** One filter for every transport Nest routes exceptions through: HTTP replies and GraphQL errors. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): unknown {
    const type = host.getType<'http' | 'graphql' | 'ws'>();
    if (type === 'graphql') return this.toGraphQLError(error, host);
    if (type !== 'http') throw error;

    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const mapped = mapError(error, String(request.id));
    if (mapped.unexpected) {
      this.logger.error({ err: error, reqId: request.id }, 'Unhandled error');
      captureUnexpected(error, String(request.id), 'http');
    }
    reply.status(mapped.status).headers(mapped.headers).send(mapped.body);
    return undefined;
  }

  private toGraphQLError(error: unknown, host: ArgumentsHost): GraphQLError {
    const context = host.getArgByIndex(2) as { reply?: { request?: FastifyRequest } } | undefined;
    const requestId = String(context?.reply?.request?.id ?? 'unknown');
    const mapped = mapError(error, requestId);
    if (mapped.unexpected) {
      this.logger.error({ err: error, reqId: requestId }, 'Unhandled GraphQL error');
      captureUnexpected(error, requestId, 'graphql');
    }
    const { code, message, details } = mapped.body.error;
    return new GraphQLError(message, { extensions: { code, status: mapped.status, details, requestId } });
  }
}
