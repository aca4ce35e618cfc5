import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api';
import { mfaFailure } from './sign-in-failure';

function apiError(status: number, fields: string[] = [], retryAfter: number | null = null) {
  const code = status === 429 ? 'RATE_LIMITED' : status === 401 ? 'UNAUTHENTICATED' : 'VALIDATION_FAILED';
  const details = fields.map((field) => ({ field, reason: 'is wrong' }));
  return new ApiError(status, { error: { code, message: 'x', details, requestId: 'r' } }, retryAfter);
}

describe('mfaFailure', () => {
  it('reads a 401 about the code as a wrong code, to try again', () => {
    expect(mfaFailure(apiError(401, ['body.code'])).kind).toBe('invalid-code');
    expect(mfaFailure(apiError(401, ['body.recoveryCode'])).kind).toBe('invalid-code');
  });

  it('reads a 401 without detail, or a refused challenge, as an expired sign-in to start over', () => {
    expect(mfaFailure(apiError(401)).kind).toBe('expired');
    expect(mfaFailure(apiError(400, ['body.challenge'])).kind).toBe('expired');
    expect(mfaFailure(apiError(409)).kind).toBe('expired');
  });

  it('keeps the Retry-After of a 429 for the countdown', () => {
    expect(mfaFailure(apiError(429, [], 42))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 42 });
  });

  it('calls the server unavailable when it could not be asked', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(mfaFailure(new Error('ECONNREFUSED')).kind).toBe('unavailable');
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
