import Constants from 'expo-constants';

/** Kept in step with app.config.ts: an API and a storefront on this machine. */
const defaultApiUrl = 'http://127.0.0.1:3001';
const defaultWebUrl = 'http://127.0.0.1:3000';

type Extra = { apiUrl?: unknown; webUrl?: unknown; eas?: { projectId?: unknown } };

function extra(): Extra {
  return (Constants.expoConfig?.extra ?? {}) as Extra;
}

/** Base URL of the TARODAN API, without a trailing slash (from `extra.apiUrl`, set by EXPO_PUBLIC_API_URL). */
export function getApiUrl(): string {
  return baseUrl(extra().apiUrl, defaultApiUrl);
}

/** Base URL of the TARODAN website (legal texts), from `extra.webUrl` (set by EXPO_PUBLIC_WEB_URL). */
export function getWebUrl(): string {
  return baseUrl(extra().webUrl, defaultWebUrl);
}

function baseUrl(configured: unknown, fallback: string): string {
  const url = typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : fallback;
  return url.replace(/\/+$/, '');
}

/** The EAS project that Expo push tokens belong to; undefined until `eas init` has been run. */
export function getEasProjectId(): string | undefined {
  const fromExtra = extra().eas?.projectId;
  if (typeof fromExtra === 'string' && fromExtra !== '') return fromExtra;
  return Constants.easConfig?.projectId ?? undefined;
}

export function getAppVersion(): string {
  return Constants.expoConfig?.version ?? '0.0.0';
}
