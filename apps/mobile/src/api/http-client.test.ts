import { z } from 'zod';
import { jsonResponse } from '@/test/render';
import { ApiError } from './api-error';
import { parseRetryAfter, requestJson, requestNoContent } from './http-client';

const fetchMock = jest.fn<Promise<Response>, [string, RequestInit?]>();

beforeEach(() => {
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

describe('http client', () => {
  it('sends JSON with the bearer token and the reader’s language', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ ok: true }));

    await requestJson('PATCH', '/v1/account/profile', z.object({ ok: z.boolean() }), {
      locale: 'en',
      token: 'access-token',
      body: { city: 'Bursa' },
    });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:3001/v1/account/profile?locale=en');
    expect(init).toMatchObject({
      method: 'PATCH',
      body: '{"city":"Bursa"}',
      headers: {
        Authorization: 'Bearer access-token',
        'Content-Type': 'application/json',
        'Accept-Language': 'en',
      },
    });
  });

  it('turns the error envelope into an ApiError with the field issues and the Retry-After wait', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse(
        {
          error: {
            code: 'RATE_LIMITED',
            message: 'Too many attempts, try again in 30 seconds',
            details: [{ field: 'body.email', reason: 'too many attempts' }],
            requestId: 'r1',
          },
        },
        429,
        { 'retry-after': '30' },
      ),
    );

    const error = await requestNoContent('POST', '/v1/auth/sign-out').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 429,
      code: 'RATE_LIMITED',
      requestId: 'r1',
      retryAfterSeconds: 30,
      fieldIssues: [{ field: 'body.email', reason: 'too many attempts' }],
    });
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
