import { ErrorCode, type FieldIssue } from '@tarodan/contracts';
import type { ZodError } from 'zod';

/** The only error type services throw on purpose. Transports map `code` to a status; `message` is safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(what: string, key: string): AppError {
    return new AppError(ErrorCode.NotFound, `${what} not found: ${key}`);
  }

  static validation(issues: FieldIssue[], message = 'The request is not valid'): AppError {
    return new AppError(ErrorCode.ValidationFailed, message, issues);
  }

  static fromZod(error: ZodError, where: 'body' | 'query' | 'params' | 'args' | 'payload'): AppError {
    const issues = error.issues.flatMap((issue) =>
      // A strict object lists every unknown key in one issue: name each of them.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            field: [where, ...issue.path.map(String), key].join('.'),
            reason: 'is not a known field',
          }))
        : [{ field: [where, ...issue.path.map(String)].join('.'), reason: issue.message }],
    );
    return AppError.validation(issues);
  }
}
