/**
 * Server-side settings, read at request time (never inlined at build: `next build` runs without an API).
 * API_URL is the API's base URL as seen from the admin server, e.g. http://api:3001 inside the compose network.
 */
export function apiBaseUrl(): string {
  return (process.env.API_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '');
}

export const API_TIMEOUT_MS = 10_000;

/**
 * The public storefront as staff open it in their browser (PUBLIC_WEB_URL, the same variable the web app reads), for
 * links such as "search this on the site". Read at request time like API_URL.
 */
export function webBaseUrl(): string {
  return (process.env.PUBLIC_WEB_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '');
}
