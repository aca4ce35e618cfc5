import { ApiError } from './api';

/** Why a staff action (a server action calling the admin API) did not go through, for the dialog to explain. */
export type StaffActionError =
  | 'forbidden'
  | 'invalid'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'unavailable'
  | 'csrf';

/** The API's answer as one of those reasons; anything that is not an API error means the API was not reachable. */
export function staffActionError(error: unknown): StaffActionError {
  if (!(error instanceof ApiError)) return 'unavailable';
  switch (error.status) {
    case 400:
      return 'invalid';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    default:
      return 'unavailable';
  }
}

/** A section's texts for those reasons; one without its own not-found or conflict text says `errorInvalid`. */
export type StaffErrorTexts = {
  errorForbidden: string;
  errorInvalid: string;
  errorNotFound?: string;
  errorConflict?: string;
  errorRateLimited: string;
  errorUnavailable: string;
  errorCsrf: string;
};

export function staffActionErrorText(error: StaffActionError, t: StaffErrorTexts): string {
  switch (error) {
    case 'forbidden':
      return t.errorForbidden;
    case 'invalid':
      return t.errorInvalid;
    case 'not-found':
      return t.errorNotFound ?? t.errorInvalid;
    case 'conflict':
      return t.errorConflict ?? t.errorInvalid;
    case 'rate-limited':
      return t.errorRateLimited;
    case 'unavailable':
      return t.errorUnavailable;
    case 'csrf':
      return t.errorCsrf;
  }
}
