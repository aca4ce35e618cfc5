import {
  acceptedResponseSchema,
  type Locale,
  type RegisterRequest,
  refreshResponseSchema,
  type SessionTokens,
  type SignInResponse,
  signInResponseSchema,
} from '@tarodan/contracts';
import { requestJson, requestNoContent } from './http-client';

/** POST /v1/auth/sign-in as the mobile app: a signed-in answer carries an access and a refresh token. */
export function signIn(
  credentials: { email: string; password: string },
  locale: Locale,
): Promise<SignInResponse> {
  return requestJson('POST', '/v1/auth/sign-in', signInResponseSchema, {
    locale,
    body: { ...credentials, client: 'mobile' },
  });
}

/** POST /v1/auth/register: 202 whether or not the address already has an account. */
export async function register(request: RegisterRequest, locale: Locale): Promise<void> {
  await requestJson('POST', '/v1/auth/register', acceptedResponseSchema, { locale, body: request });
}

/** POST /v1/auth/resend-verification: 202 whatever the address. */
export async function resendVerification(email: string, locale: Locale): Promise<void> {
  await requestJson('POST', '/v1/auth/resend-verification', acceptedResponseSchema, {
    locale,
    body: { email },
  });
}

/**
 * POST /v1/auth/refresh: a new access token and a new refresh token. The one sent is retired; sending it again
 * revokes the whole session.
 */
export async function refreshSession(refreshToken: string): Promise<SessionTokens> {
  const { session } = await requestJson('POST', '/v1/auth/refresh', refreshResponseSchema, {
    body: { refreshToken },
  });
  return session;
}

/** POST /v1/auth/sign-out: the API revokes the session the access token belongs to. */
export function signOutSession(accessToken: string): Promise<void> {
  return requestNoContent('POST', '/v1/auth/sign-out', { token: accessToken });
}
