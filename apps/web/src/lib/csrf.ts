import { cookies, headers } from 'next/headers';
import {
  CSRF_COOKIE,
  CSRF_FIELD,
  CSRF_HEADER,
  csrfTokensMatch,
  isCsrfToken,
  isSameOriginRequest,
  requestOrigin,
} from './csrf-token';
import { siteUrl } from './site';

/** The token to render into forms. middleware.ts guarantees the cookie on every page request. */
export function getCsrfToken(): string {
  const value = cookies().get(CSRF_COOKIE)?.value;
  return isCsrfToken(value) ? value : '';
}

type HeaderReader = { get(name: string): string | null };

function allowedOrigins(incoming: HeaderReader): string[] {
  const own = requestOrigin(
    incoming.get('x-forwarded-host') ?? incoming.get('host'),
    incoming.get('x-forwarded-proto'),
  );
  return own ? [siteUrl(), own] : [siteUrl()];
}

function passes(incoming: HeaderReader, cookieValue: string | undefined, submitted: unknown): boolean {
  const sameOrigin = isSameOriginRequest({
    origin: incoming.get('origin'),
    referer: incoming.get('referer'),
    allowed: allowedOrigins(incoming),
  });
  return sameOrigin && csrfTokensMatch(cookieValue, submitted);
}

/**
 * For server actions: Origin (or Referer) is our site and the form's hidden `csrf` field equals the cookie.
 * (Next refuses cross-origin action calls by itself too; this adds the token and the missing-Origin case.)
 */
export function isTrustedAction(form: FormData): boolean {
  const incoming = headers();
  return passes(incoming, cookies().get(CSRF_COOKIE)?.value, form.get(CSRF_FIELD));
}

/** For route handlers: the token comes as the `x-csrf-token` header or, from a plain form, the `csrf` field. */
export function isTrustedRequest(
  request: Request,
  cookieValue: string | undefined,
  form?: FormData,
): boolean {
  const submitted = request.headers.get(CSRF_HEADER) ?? form?.get(CSRF_FIELD);
  return passes(request.headers, cookieValue, submitted);
}
