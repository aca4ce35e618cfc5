import type { ErrorCode } from '@tarodan/contracts';

/**
 * Why a call to the API failed:
 * - `network`: no answer (offline, server down, timeout);
 * - `http`: the API answered with an error status (its error code when the body followed the contract);
 * - `invalid-response`: a 2xx whose body does not match the contract.
 */
export type ApiErrorKind = 'network' | 'http' | 'invalid-response';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly code?: ErrorCode;
  readonly requestId?: string;

  constructor(
    kind: ApiErrorKind,
    message: string,
    details: { status?: number; code?: ErrorCode; requestId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
  }
}
