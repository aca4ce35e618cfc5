import type { SessionTokens } from '@tarodan/contracts';
import { isApiError } from '@/api/api-error';
import type { StoredSession, TokenStore } from './token-store';

export type AuthState =
  | { status: 'loading' }
  /** `expired`: the session ended without the person asking (refresh refused, revoked elsewhere). */
  | { status: 'signed-out'; reason?: 'expired' }
  | { status: 'signed-in' };

/** There is no usable session: the person has to sign in (again). */
export class SignedOutError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('Not signed in', options);
    this.name = 'SignedOutError';
  }
}

type Deps = {
  store: TokenStore;
  /** POST /v1/auth/refresh. */
  refresh: (refreshToken: string) => Promise<SessionTokens>;
  /** POST /v1/auth/sign-out. */
  revoke: (accessToken: string) => Promise<void>;
  now?: () => number;
};

/** Refresh this long before the access token expires, so that no request leaves with a token about to die. */
export const REFRESH_MARGIN_MS = 60_000;
/** When an expiry time cannot be read: the API's documented lifetimes, minus a little. */
const FALLBACK_ACCESS_MS = 14 * 60_000;
const FALLBACK_REFRESH_MS = 59 * 24 * 60 * 60_000;

/**
 * The mobile session: keeps the tokens in the token store, hands out a fresh access token, and refreshes it
 * proactively (shortly before expiry) or once after a 401. Refreshes are single-flight: concurrent requests wait for
 * the one refresh in progress. A refresh token is sent at most once — the API rotates it on every use and revokes
 * the whole session when a retired one comes back — and a failed refresh ends the session.
 */
export class SessionManager {
  private state: AuthState = { status: 'loading' };
  private session: StoredSession | null = null;
  private refreshing: Promise<StoredSession> | null = null;
  private loading: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;

  constructor(private readonly deps: Deps) {
    this.now = deps.now ?? Date.now;
  }

  getState = (): AuthState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the session kept on the device; the first call does the work, later calls wait for it. */
  load(): Promise<void> {
    this.loading ??= this.deps.store.load().then(
      (stored) => {
        if (this.state.status !== 'loading') return;
        if (stored && stored.refreshExpiresAt > this.now()) {
          this.session = stored;
          this.setState({ status: 'signed-in' });
        } else {
          if (stored) void this.deps.store.clear().catch(() => undefined);
          this.setState({ status: 'signed-out' });
        }
      },
      () => {
        if (this.state.status === 'loading') this.setState({ status: 'signed-out' });
      },
    );
    return this.loading;
  }

  /** Keep the tokens of a new sign-in. */
  async start(tokens: SessionTokens): Promise<void> {
    const session = toStoredSession(tokens, this.now());
    await this.deps.store.save(session);
    this.session = session;
    this.setState({ status: 'signed-in' });
  }

  /**
   * Run `call` with a valid access token. A 401 refreshes once (or takes the token another request has just
   * refreshed) and retries; a second 401 means the session is gone.
   */
  async authorized<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    try {
      return await call(token);
    } catch (error) {
      if (!isApiError(error, 401)) throw error;
    }
    const retryToken = await this.accessTokenAfterRejection(token);
    try {
      return await call(retryToken);
    } catch (error) {
      if (!isApiError(error, 401)) throw error;
      await this.end('expired');
      throw new SignedOutError({ cause: error });
    }
  }

  /** Ask the API to revoke the session (best effort: offline, the tokens are still forgotten), then forget it. */
  async signOut(): Promise<void> {
    if (this.session) {
      await this.authorized(this.deps.revoke).catch(() => undefined);
    }
    await this.end(null);
  }

  private async accessToken(): Promise<string> {
    await this.load();
    if (this.refreshing) return (await this.refreshing).accessToken;
    const session = this.session;
    if (!session) throw new SignedOutError();
    if (session.accessExpiresAt - REFRESH_MARGIN_MS > this.now()) return session.accessToken;
    return (await this.refresh()).accessToken;
  }

  private async accessTokenAfterRejection(rejected: string): Promise<string> {
    if (this.refreshing) return (await this.refreshing).accessToken;
    const session = this.session;
    if (!session) throw new SignedOutError();
    // Another request refreshed while this one was on its way: use its token rather than refreshing again.
    if (session.accessToken !== rejected) return session.accessToken;
    return (await this.refresh()).accessToken;
  }

  private refresh(): Promise<StoredSession> {
    this.refreshing ??= this.exchange().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async exchange(): Promise<StoredSession> {
    const session = this.session;
    if (!session) throw new SignedOutError();
    if (session.refreshExpiresAt <= this.now()) {
      await this.end('expired');
      throw new SignedOutError();
    }
    try {
      // The refresh token is spent once it is sent, whatever the answer: take it off the device first, so that
      // not even a crash before the answer arrives could make the app present it a second time.
      await this.deps.store.clear();
      const next = toStoredSession(await this.deps.refresh(session.refreshToken), this.now());
      if (this.session !== session) throw new SignedOutError(); // signed out (or in again) meanwhile
      this.session = next;
      await this.deps.store.save(next).catch(() => undefined); // unsaved: valid for this run of the app
      return next;
    } catch (error) {
      if (this.session === session) await this.end('expired');
      throw error instanceof SignedOutError ? error : new SignedOutError({ cause: error });
    }
  }

  private async end(reason: 'expired' | null): Promise<void> {
    this.session = null;
    this.setState(reason ? { status: 'signed-out', reason } : { status: 'signed-out' });
    await this.deps.store.clear().catch(() => undefined);
  }

  private setState(state: AuthState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function toStoredSession(tokens: SessionTokens, now: number): StoredSession {
  if (!tokens.refreshToken) throw new Error('A mobile session needs a refresh token');
  return {
    accessToken: tokens.token,
    accessExpiresAt: timeOr(tokens.expiresAt, now + FALLBACK_ACCESS_MS),
    refreshToken: tokens.refreshToken,
    refreshExpiresAt: timeOr(tokens.refreshExpiresAt, now + FALLBACK_REFRESH_MS),
  };
}

function timeOr(iso: string | undefined, fallback: number): number {
  const time = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? fallback : time;
}
