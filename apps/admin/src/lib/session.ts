import { cookies } from 'next/headers';
import { SESSION_COOKIE } from './constants';

export function getSessionToken(): string | undefined {
  return cookies().get(SESSION_COOKIE)?.value || undefined;
}

/** Only same-site paths may follow sign-in: "/brands?q=x" passes, "//evil.example" and "https://…" fall back to "/". */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  if (value === '/sign-in' || value.startsWith('/sign-in?') || hasControlCharacters(value)) return '/';
  return value;
}

function hasControlCharacters(value: string): boolean {
  return [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}
