import { createHash } from 'node:crypto';

/**
 * The form in which a bearer secret (session or refresh token, e-mail link, challenge, recovery code) is stored
 * and looked up: SHA-256, base64url. The secrets are random and long, so a plain hash is enough, and a leaked
 * database or cache dump hands out nothing usable.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
