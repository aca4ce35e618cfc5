import { HttpException, HttpStatus } from '@nestjs/common';
import { type ErrorBody, ErrorCode, errorStatus } from '@tarodan/contracts';
import { AppError } from './app-error.js';

export type MappedError = {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
  unexpected: boolean;
};

/** Turns anything thrown into the documented error shape. Unknown errors become a 500 with no internals. */
export function mapError(error: unknown, requestId: string): MappedError {
  if (error instanceof AppError) {
    return {
      status: errorStatus[error.code],
      body: { error: { code: error.code, message: error.message, details: error.details, requestId } },
      headers: error.headers ?? {},
      unexpected: false,
    };
  }
  const status = httpStatusOf(error);
  if (status !== undefined && status < 500) {
    const code = codeForStatus(status);
    return {
      status,
      body: { error: { code, message: messageOf(error, code), details: undefined, requestId } },
      headers: {},
      unexpected: false,
    };
  }
  return {
    status: 500,
    body: { error: { code: ErrorCode.Internal, message: 'Something went wrong on our side', requestId } },
    headers: {},
    unexpected: true,
  };
}

function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  // Fastify raises its own errors (bad JSON, body too large, unsupported media type) with a statusCode.
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : undefined;
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case HttpStatus.NOT_FOUND:
      return ErrorCode.RouteNotFound;
    case HttpStatus.UNAUTHORIZED:
      return ErrorCode.Unauthenticated;
    case HttpStatus.FORBIDDEN:
      return ErrorCode.Forbidden;
    case HttpStatus.CONFLICT:
      return ErrorCode.Conflict;
    case HttpStatus.TOO_MANY_REQUESTS:
      return ErrorCode.RateLimited;
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return ErrorCode.PayloadTooLarge;
    default:
      return ErrorCode.ValidationFailed;
  }
}

function messageOf(error: unknown, code: ErrorCode): string {
  if (code === ErrorCode.RouteNotFound) return 'No such route';
  const message = error instanceof Error ? error.message : '';
  return message && message.length < 300 ? message : 'The request could not be processed';
}
