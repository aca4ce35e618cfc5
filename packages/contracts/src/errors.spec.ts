import { describe, expect, it } from 'vitest';
import { ErrorCode, errorBodySchema, errorStatus } from './errors.js';

describe('error vocabulary', () => {
  it('maps every code to a 4xx or 5xx status', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(errorStatus[code]).toBeGreaterThanOrEqual(400);
    }
  });
  it('accepts the documented error body and rejects one without a request id', () => {
    const body = { error: { code: 'NOT_FOUND', message: 'Kategori bulunamadı', requestId: 'r1' } };
    expect(errorBodySchema.parse(body)).toEqual(body);
    expect(errorBodySchema.safeParse({ error: { code: 'NOT_FOUND', message: 'x' } }).success).toBe(false);
  });
});
