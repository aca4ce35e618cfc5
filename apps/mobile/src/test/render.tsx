import type { Locale } from '@tarodan/contracts';
import { renderRouter } from 'expo-router/testing-library';
import type { ComponentType, ReactNode } from 'react';
import { refreshSession, signOutSession } from '@/api/auth-api';
import { AppProviders } from '@/features/app-shell/app-providers';
import { SessionManager } from '@/features/auth/session-manager';
import { TokenStore } from '@/features/auth/token-store';

type Options = { locale?: Locale; initialUrl?: string; session?: SessionManager };

/**
 * Render screens inside the real router (as route files) with the app's providers, in `locale`. Each render has
 * its own session, its tokens in the (mocked) SecureStore; it starts loading, then signed out unless the test saved
 * tokens first.
 */
export function renderRoutes(
  routes: Record<string, ComponentType>,
  { locale = 'tr', initialUrl = '/', session = createSession() }: Options = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders initialLocale={locale} session={session}>
      {children}
    </AppProviders>
  );
  return renderRouter(routes, { initialUrl, wrapper });
}

/** The app's session wiring (SecureStore, the real API client over the global `fetch`), with a test clock. */
export function createSession(now?: () => number): SessionManager {
  return new SessionManager({
    store: new TokenStore(),
    refresh: refreshSession,
    revoke: signOutSession,
    now,
  });
}

/** A `fetch` stand-in that answers one JSON body with a status. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    json: async () => body,
  } as unknown as Response;
}
