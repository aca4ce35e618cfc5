import { ApiError } from '@/lib/api';

export type FailureKind =
  | 'invalid'
  | 'invalid-code'
  | 'forbidden'
  | 'rate-limited'
  | 'unavailable'
  | 'expired'
  | 'csrf';

export type SignInFailure = {
  kind: FailureKind;
  retryAfterSeconds?: number | null;
  /** Distinguishes two identical failures in a row, so the form restarts its countdown and refocuses. */
  at: number;
};

export function failure(kind: FailureKind, retryAfterSeconds?: number | null): SignInFailure {
  return { kind, retryAfterSeconds, at: Date.now() };
}

/**
 * An API error on a two-factor call, as the person at the form should read it. The API answers a wrong, expired or
 * replayed code with 401 naming the code field; a 401 without that detail (or a refused `challenge` field, or a 409
 * for an enrolment that was never started) means the challenge itself is gone: start over. 403: the account may no
 * longer sign in.
 */
export function mfaFailure(error: unknown): SignInFailure {
  if (!(error instanceof ApiError)) {
    console.error('sign-in: two-factor call failed', error);
    return failure('unavailable');
  }
  const fields = (error.body?.error.details ?? []).map((issue) => issue.field);
  const aboutCode = fields.some((field) => /(^|\.)(code|recoveryCode)$/.test(field));
  const aboutChallenge = fields.some((field) => /(^|\.)challenge$/.test(field));
  switch (error.status) {
    case 429:
      return failure('rate-limited', error.retryAfterSeconds);
    case 400:
      return failure(aboutChallenge ? 'expired' : 'invalid-code');
    case 401:
      return failure(aboutCode ? 'invalid-code' : 'expired');
    case 403:
      return failure('forbidden');
    case 404:
    case 409:
    case 410:
      return failure('expired');
    default:
      console.error('sign-in: two-factor call failed', error);
      return failure('unavailable');
  }
}
