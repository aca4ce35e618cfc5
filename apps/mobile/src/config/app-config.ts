import Constants from 'expo-constants';

/** Kept in step with app.config.ts: an API on this machine. */
const defaultApiUrl = 'http://127.0.0.1:3001';

type Extra = { apiUrl?: unknown; eas?: { projectId?: unknown } };

function extra(): Extra {
  return (Constants.expoConfig?.extra ?? {}) as Extra;
}

/** Base URL of the TARODAN API, without a trailing slash (from `extra.apiUrl`, set by EXPO_PUBLIC_API_URL). */
export function getApiUrl(): string {
  const configured = extra().apiUrl;
  const url = typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : defaultApiUrl;
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
