import type { ErrorCode, FieldIssue } from '@tarodan/contracts';

/**
 * Why a call to the API failed:
 * - `network`: no answer (offline, server down, timeout);
 * - `http`: the API answered with an error status (its error code when the body followed the contract);
 * - `invalid-response`: a 2xx whose body does not match the contract.
 */
export type ApiErrorKind = 'network' | 'http' | 'invalid-response';

type Details = {
  status?: number;
  code?: ErrorCode;
  requestId?: string;
  /** Which request fields were wrong and why (`field` as the API names it, e.g. `body.email`). */
  fieldIssues?: FieldIssue[];
  /** From the Retry-After header of a 429, in seconds. */
  retryAfterSeconds?: number;
  cause?: unknown;
};

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: ErrorCode;
  readonly requestId?: string;
  readonly fieldIssues: FieldIssue[];
  readonly retryAfterSeconds?: number;

  constructor(kind: ApiErrorKind, message: string, details: Details = {}) {
    super(message, { cause: details.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    this.fieldIssues = details.fieldIssues ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
