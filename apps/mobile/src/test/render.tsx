import type { Locale } from '@tarodan/contracts';
import { renderRouter } from 'expo-router/testing-library';
import type { ComponentType, ReactNode } from 'react';
import { AppProviders } from '@/features/app-shell/app-providers';

/** Render screens inside the real router (as route files) with the app's providers, in `locale`. */
export function renderRoutes(
  routes: Record<string, ComponentType>,
  { locale = 'tr', initialUrl = '/' }: { locale?: Locale; initialUrl?: string } = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders initialLocale={locale}>{children}</AppProviders>
  );
  return renderRouter(routes, { initialUrl, wrapper });
}

/** A `fetch` stand-in that answers one JSON body with a status. */
export function jsonResponse(body: unknown, status = 200): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => body,
  } as Response;
}
