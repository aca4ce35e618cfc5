import {
  type Account,
  acceptedResponseSchema,
  accountResponseSchema,
  type DataExport,
  dataExportListResponseSchema,
  dataExportSchema,
  meResponseSchema,
  type RegisterRequest,
  type SellerOnboardingRequest,
  type SellerProfile,
  type SessionInfo,
  type SignInResponse,
  sellerProfileResponseSchema,
  sessionListResponseSchema,
  signInResponseSchema,
  type UpdateProfileRequest,
  type UserSummary,
  verifyEmailResponseSchema,
} from '@tarodan/contracts';
import { z } from 'zod';
import { ApiError, apiRequest, type ForwardedClient } from './api-client';

/**
 * The identity, account and selling endpoints of the API (docs/identity.md), called by the web server only.
 * Public calls forward the browser's IP and user agent (rate limits, device of new sessions); member calls carry the
 * session token from the httpOnly cookie.
 */

// --- Public: register, verify, sign in, passwords -------------------------------------------------------------------

export function register(body: RegisterRequest, client: ForwardedClient): Promise<unknown> {
  return apiRequest('/v1/auth/register', {
    method: 'POST',
    json: body,
    client,
    schema: acceptedResponseSchema,
  });
}

export function verifyEmail(token: string, client: ForwardedClient): Promise<{ email: string }> {
  return apiRequest('/v1/auth/verify-email', {
    method: 'POST',
    json: { token },
    client,
    schema: verifyEmailResponseSchema,
  });
}

export function resendVerification(email: string, client: ForwardedClient): Promise<unknown> {
  return apiRequest('/v1/auth/resend-verification', {
    method: 'POST',
    json: { email },
    client,
    schema: null,
  });
}

export function signIn(email: string, password: string, client: ForwardedClient): Promise<SignInResponse> {
  return apiRequest('/v1/auth/sign-in', {
    method: 'POST',
    json: { email, password, client: 'web' },
    client,
    schema: signInResponseSchema,
  });
}

export function signOut(token: string): Promise<void> {
  return apiRequest('/v1/auth/sign-out', { method: 'POST', token, schema: null });
}

export function forgotPassword(email: string, client: ForwardedClient): Promise<unknown> {
  return apiRequest('/v1/auth/forgot-password', { method: 'POST', json: { email }, client, schema: null });
}

export function resetPassword(token: string, password: string, client: ForwardedClient): Promise<void> {
  return apiRequest('/v1/auth/reset-password', {
    method: 'POST',
    json: { token, password },
    client,
    schema: null,
  });
}

export async function getMe(token: string): Promise<UserSummary> {
  return (await apiRequest('/v1/auth/me', { token, schema: meResponseSchema })).user;
}

// --- Account -------------------------------------------------------------------------------------------------------

export async function getAccount(token: string): Promise<Account> {
  return (await apiRequest('/v1/account', { token, schema: accountResponseSchema })).account;
}

export async function updateProfile(token: string, body: UpdateProfileRequest): Promise<Account> {
  return (
    await apiRequest('/v1/account/profile', {
      method: 'PATCH',
      token,
      json: body,
      schema: accountResponseSchema,
    })
  ).account;
}

export async function uploadAvatar(token: string, body: ArrayBuffer, contentType: string): Promise<Account> {
  return (
    await apiRequest('/v1/account/avatar', {
      method: 'PUT',
      token,
      raw: { body, contentType },
      schema: accountResponseSchema,
    })
  ).account;
}

export async function deleteAvatar(token: string): Promise<Account> {
  return (await apiRequest('/v1/account/avatar', { method: 'DELETE', token, schema: accountResponseSchema }))
    .account;
}

export function changePassword(token: string, currentPassword: string, newPassword: string): Promise<void> {
  return apiRequest('/v1/account/password', {
    method: 'POST',
    token,
    json: { currentPassword, newPassword },
    schema: null,
  });
}

export function changeEmail(token: string, newEmail: string, password: string): Promise<void> {
  return apiRequest('/v1/account/email', {
    method: 'POST',
    token,
    json: { newEmail, password },
    schema: null,
  });
}

export async function setMarketingConsent(token: string, optIn: boolean): Promise<Account> {
  return (
    await apiRequest('/v1/account/consents/marketing', {
      method: 'PUT',
      token,
      json: { optIn },
      schema: accountResponseSchema,
    })
  ).account;
}

export async function listSessions(token: string): Promise<SessionInfo[]> {
  return (await apiRequest('/v1/account/sessions', { token, schema: sessionListResponseSchema })).items;
}

export function revokeSession(token: string, id: string): Promise<void> {
  return apiRequest(`/v1/account/sessions/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    token,
    schema: null,
  });
}

export function revokeOtherSessions(token: string): Promise<void> {
  return apiRequest('/v1/account/sessions', { method: 'DELETE', token, schema: null });
}

export async function listDataExports(token: string): Promise<DataExport[]> {
  return (await apiRequest('/v1/account/data-exports', { token, schema: dataExportListResponseSchema }))
    .items;
}

export async function requestDataExport(token: string): Promise<DataExport> {
  const schema = z.object({ export: dataExportSchema });
  return (await apiRequest('/v1/account/data-exports', { method: 'POST', token, schema })).export;
}

export function deleteAccount(token: string, password: string, confirmation: string): Promise<void> {
  return apiRequest('/v1/account', {
    method: 'DELETE',
    token,
    json: { password, confirmation },
    schema: null,
  });
}

// --- Selling -------------------------------------------------------------------------------------------------------

/** The member's seller profile (identifiers masked), or null before they start selling. */
export async function getSellerProfile(token: string): Promise<SellerProfile | null> {
  try {
    return (await apiRequest('/v1/account/seller', { token, schema: sellerProfileResponseSchema })).seller;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export async function startSelling(token: string, body: SellerOnboardingRequest): Promise<SellerProfile> {
  return (
    await apiRequest('/v1/account/seller', {
      method: 'PUT',
      token,
      json: body,
      schema: sellerProfileResponseSchema,
    })
  ).seller;
}
