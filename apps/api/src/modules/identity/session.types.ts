import type { Role, SessionClient } from '@tarodan/contracts';

/** One signed-in device. Stored in the cache under `session:<id>`; tokens point at it by hash. */
export type StoredSession = {
  id: string;
  userId: string;
  role: Role;
  client: SessionClient;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  /** Hash of the live access token (so revoking the session kills it). */
  accessHash: string;
  /** Mobile: hash of the one refresh token that may be used next. */
  refreshHash: string | null;
};

export type IssuedTokens = {
  token: string;
  expiresAt: string;
  refreshToken?: string;
  refreshExpiresAt?: string;
};
