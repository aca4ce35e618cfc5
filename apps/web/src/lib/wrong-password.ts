import { getMe } from './account-api';
import { ApiError } from './api-client';

/**
 * Did the API refuse the password the member typed to confirm a change (as opposed to the session)? A 403, or a
 * 400 naming the password field, says so directly; a 401 is ambiguous, so the session is checked: still valid →
 * it was the password.
 */
export async function isWrongPassword(error: unknown, token: string, field: string): Promise<boolean> {
  if (!(error instanceof ApiError)) return false;
  if (error.status === 403) return true;
  if (error.status === 400) {
    return error.details.some((d) => d.field.endsWith(field) && !/at most|at least/.test(d.reason));
  }
  if (error.status !== 401) return false;
  return getMe(token).then(
    () => true,
    () => false,
  );
}
