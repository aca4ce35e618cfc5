/** Set by middleware.ts: the path and query the browser asked for, for `?next=` when a session is missing. */
export const PATH_HEADER = 'x-tarodan-path';
