/**
 * Server-side settings, read at request time (never inlined at build: `next build` runs without an API).
 * API_URL is the API's base URL as seen from the admin server, e.g. http://api:3001 inside the compose network.
 */
export function apiBaseUrl(): string {
  return (process.env.API_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '');
}

export const API_TIMEOUT_MS = 10_000;
