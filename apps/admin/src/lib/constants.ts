/** httpOnly cookie holding the API session token. Only the admin server reads it; the browser's JS never can. */
export const SESSION_COOKIE = 'tarodan_admin';
/**
 * Double-submit CSRF token: middleware.ts sets it (httpOnly) and the server renders the same value into a hidden
 * `csrf` field; every server action that changes state compares the two (Next itself checks Origin).
 */
export const CSRF_COOKIE = 'tarodan_admin_csrf';
export const CSRF_FIELD = 'csrf';
/** httpOnly, short-lived: the API's two-factor challenge between the password and the code (never in the URL). */
export const MFA_COOKIE = 'tarodan_admin_mfa';
/** Remembers the collapsed sidebar so the server renders the right width (no layout jump). */
export const SIDEBAR_COOKIE = 'tarodan_admin_sidebar';
/** The reader's language (tr | en). */
export const LOCALE_COOKIE = 'tarodan_admin_locale';
/** Dark or light, in localStorage: read by an inline script before first paint. */
export const THEME_STORAGE_KEY = 'tarodan-admin-theme';
/** Set by middleware.ts: the path and query of the current request, for `?next=` after a session expires. */
export const PATH_HEADER = 'x-tarodan-path';
