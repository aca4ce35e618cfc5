/**
 * Where to go after signing in: only paths on this site. "/hesabim?x=1" passes; "//evil.example", "https://…",
 * "/\evil", control characters and the auth pages themselves (a loop) fall back to `fallback`.
 */
const AUTH_PAGES = /^\/(?:en\/)?(?:giris|kayit|cikis)(?:[/?#]|$)/;

export function safeNextPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 1000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  if ([...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return fallback;
  if (AUTH_PAGES.test(value)) return fallback;
  return value;
}
