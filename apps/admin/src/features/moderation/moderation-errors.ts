import type { ModerationActionError } from '@/app/(panel)/moderation/actions';
import type { Messages } from '@/lib/messages/tr';

export function errorText(error: ModerationActionError, t: Messages['moderation']): string {
  const map: Record<ModerationActionError, string> = {
    forbidden: t.errorForbidden,
    invalid: t.errorInvalid,
    'not-found': t.errorNotFound,
    conflict: t.errorConflict,
    'rate-limited': t.errorRateLimited,
    unavailable: t.errorUnavailable,
    csrf: t.errorCsrf,
  };
  return map[error];
}

/** Field errors the form has no field for, as "field: reason" lines (the API may name any field). */
export function otherFieldErrors(fields: Record<string, string>, shown: string[]): string[] {
  return Object.entries(fields)
    .filter(([field]) => !shown.includes(field))
    .map(([field, reason]) => (field ? `${field}: ${reason}` : reason));
}
