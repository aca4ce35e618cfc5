import { headers } from 'next/headers';
import type { ClientInfo } from './api';

/** Who is calling, as the browser's request told us: the API rate-limits by IP and records the device. */
export function clientInfo(): ClientInfo {
  const incoming = headers();
  return {
    forwardedFor: incoming.get('x-forwarded-for') ?? incoming.get('x-real-ip') ?? undefined,
    userAgent: incoming.get('user-agent')?.slice(0, 300),
  };
}

/** The host the browser used (Traefik passes it on as X-Forwarded-Host): decides the cookies' Secure flag. */
export function requestHost(): string | null {
  const incoming = headers();
  return incoming.get('x-forwarded-host') ?? incoming.get('host');
}
