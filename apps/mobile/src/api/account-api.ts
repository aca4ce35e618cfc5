import {
  type Account,
  accountResponseSchema,
  type Locale,
  type SessionInfo,
  sessionListResponseSchema,
  type UpdateProfileRequest,
} from '@tarodan/contracts';
import { getJson, requestJson, requestNoContent } from './http-client';

/** Every call here needs an access token: run them through `SessionManager.authorized`. */
type Auth = { token: string; locale: Locale; signal?: AbortSignal };

/** GET /v1/account. */
export async function fetchAccount(auth: Auth): Promise<Account> {
  return (await getJson('/v1/account', accountResponseSchema, auth)).account;
}

/** PATCH /v1/account/profile: display name, city, bio, mobile; returns the updated account. */
export async function updateProfile(auth: Auth, changes: UpdateProfileRequest): Promise<Account> {
  const body = await requestJson('PATCH', '/v1/account/profile', accountResponseSchema, {
    ...auth,
    body: changes,
  });
  return body.account;
}

/** GET /v1/account/sessions: every device the account is signed in on. */
export async function fetchSessions(auth: Auth): Promise<SessionInfo[]> {
  return (await getJson('/v1/account/sessions', sessionListResponseSchema, auth)).items;
}

/** DELETE /v1/account/sessions/:id. */
export function revokeSession(auth: Auth, id: string): Promise<void> {
  return requestNoContent('DELETE', `/v1/account/sessions/${encodeURIComponent(id)}`, auth);
}

/** DELETE /v1/account/sessions: every session except this one. */
export function revokeOtherSessions(auth: Auth): Promise<void> {
  return requestNoContent('DELETE', '/v1/account/sessions', auth);
}
