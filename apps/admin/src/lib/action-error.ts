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
