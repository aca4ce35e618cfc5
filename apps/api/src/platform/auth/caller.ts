import type { Role } from './access-policy.js';

/** The signed-in user behind a request, resolved from the session token. */
export type Caller = { userId: string; role: Role; sessionId: string };

/** Implemented by the identity module: turns a bearer token into a caller, or null when it is not a live session. */
export abstract class CallerResolver {
  abstract resolve(token: string): Promise<Caller | null>;
}

export function bearerToken(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(authorization.trim());
  return match?.[1] ?? null;
}
