import {
  type Brand,
  brandSchema,
  type CategoryCount,
  type CategoryNode,
  categoryCountSchema,
  categoryNodeSchema,
  type ErrorBody,
  errorBodySchema,
  type Locale,
  meResponseSchema,
  mfaEnrollmentConfirmResponseSchema,
  mfaEnrollmentStartResponseSchema,
  type Page,
  pageSchema,
  type SignInRequest,
  type SignInResponse,
  sessionTokensSchema,
  signInResponseSchema,
  userSummarySchema,
} from '@tarodan/contracts';
import { z } from 'zod';
import type { SessionUser } from './auth-schemas';
import { API_TIMEOUT_MS, apiBaseUrl } from './config';

/** The API answered with a non-2xx status. `body` is the parsed error envelope when the API sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(body?.error.message ?? `API responded ${status}`);
    this.name = 'ApiError';
  }
}

/** The API could not be reached, timed out, or answered with a body that breaks the contract. */
export class ApiUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiUnavailableError';
  }
}

export type RequestOptions<T> = {
  schema: z.ZodType<T> | null;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  token?: string;
  body?: unknown;
  headers?: Record<string, string | undefined>;
  query?: Record<string, string | number | undefined>;
};

function buildUrl(path: string, query?: RequestOptions<unknown>['query']): string {
  const url = new URL(`${apiBaseUrl()}${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** Seconds to wait from a Retry-After header (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

export async function request<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value) headers[name] = value;
  }
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      signal: AbortSignal.timeout(API_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new ApiUnavailableError(`API unreachable: ${path}`, { cause });
  }
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data : null,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  if (options.schema === null) return undefined as T;
  const result = options.schema.safeParse(await response.json().catch(() => undefined));
  if (!result.success) {
    throw new ApiUnavailableError(`API response broke the contract: ${path}`, { cause: result.error });
  }
  return result.data;
}

const categoryCountsSchema = z.object({ items: z.array(categoryCountSchema) });
const categoryTreeSchema = z.object({ items: z.array(categoryNodeSchema) });
const brandPageSchema = pageSchema(brandSchema);

/** Who is signing in, as the browser's request told us: the API rate-limits by IP and records the device. */
export type ClientInfo = { forwardedFor?: string; userAgent?: string };

export function signIn(credentials: SignInRequest, client: ClientInfo = {}): Promise<SignInResponse> {
  return request('/v1/auth/sign-in', {
    method: 'POST',
    body: credentials,
    schema: signInResponseSchema,
    headers: clientHeaders(client),
  });
}

export type SignedInResponse = Extract<SignInResponse, { status: 'signed_in' }>;
export type MfaEnrollment = z.infer<typeof mfaEnrollmentStartResponseSchema>;
export type MfaEnrollmentConfirmed = z.infer<typeof mfaEnrollmentConfirmResponseSchema>;
export type MfaProof = { code: string } | { recoveryCode: string };

/** What /v1/auth/mfa/verify answers: the `signed_in` branch of the sign-in union. */
const signedInSchema = z.object({
  status: z.literal('signed_in'),
  user: userSummarySchema,
  session: sessionTokensSchema,
});

function clientHeaders(client: ClientInfo) {
  return { 'x-forwarded-for': client.forwardedFor, 'user-agent': client.userAgent };
}

/** The second step for staff: a TOTP code or a recovery code against the challenge from sign-in. */
export function verifyMfa(
  challenge: string,
  proof: MfaProof,
  client: ClientInfo = {},
): Promise<SignedInResponse> {
  return request('/v1/auth/mfa/verify', {
    method: 'POST',
    body: { challenge, ...proof },
    schema: signedInSchema,
    headers: clientHeaders(client),
  });
}

/** A new TOTP secret for a staff account without two-factor yet (pending until confirmed with a code). */
export function startMfaEnrollment(challenge: string, client: ClientInfo = {}): Promise<MfaEnrollment> {
  return request('/v1/auth/mfa/enrollment', {
    method: 'POST',
    body: { challenge },
    schema: mfaEnrollmentStartResponseSchema,
    headers: clientHeaders(client),
  });
}

export function confirmMfaEnrollment(
  challenge: string,
  code: string,
  client: ClientInfo = {},
): Promise<MfaEnrollmentConfirmed> {
  return request('/v1/auth/mfa/enrollment/confirm', {
    method: 'POST',
    body: { challenge, code },
    schema: mfaEnrollmentConfirmResponseSchema,
    headers: clientHeaders(client),
  });
}

export function signOut(token: string): Promise<void> {
  return request('/v1/auth/sign-out', { method: 'POST', token, schema: null });
}

export async function getMe(token: string): Promise<SessionUser> {
  return (await request('/v1/auth/me', { token, schema: meResponseSchema })).user;
}

export async function getCategoryCounts(token: string, locale: Locale): Promise<CategoryCount[]> {
  const body = await request('/admin/v1/dashboard/category-counts', {
    token,
    query: { locale },
    schema: categoryCountsSchema,
  });
  return body.items;
}

export async function getCategoryTree(token: string, locale: Locale): Promise<CategoryNode[]> {
  return (await request('/v1/categories', { token, query: { locale }, schema: categoryTreeSchema })).items;
}

export type BrandQuery = { q?: string; limit: number; offset: number; locale?: Locale };

export function getBrands(token: string, query: BrandQuery): Promise<Page<Brand>> {
  return request('/v1/brands', { token, query, schema: brandPageSchema });
}
