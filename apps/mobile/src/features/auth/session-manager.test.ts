import { fetchAccount } from '@/api/account-api';
import { FakeApi } from '@/test/fake-api';
import { createSession } from '@/test/render';
import { secureStoreItems } from '@/test/secure-store-mock';
import { REFRESH_MARGIN_MS, type SessionManager, SignedOutError } from './session-manager';
import { SESSION_KEY } from './token-store';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi();
  api.addMember();
  globalThis.fetch = api.fetch as unknown as typeof fetch;
});

/** A signed-in session manager, as after a sign-in on this device. */
async function signedIn(): Promise<SessionManager> {
  const session = createSession(() => api.now);
  await session.start(api.openSession());
  return session;
}

const getAccount = async (session: SessionManager) =>
  (await session.authorized((token) => fetchAccount({ token, locale: 'tr' }))).displayName;

const stored = () => JSON.parse(secureStoreItems.get(SESSION_KEY) ?? 'null');

describe('SessionManager', () => {
  it('keeps the tokens of a sign-in in SecureStore and finds them again at the next start', async () => {
    const first = await signedIn();
    expect(first.getState()).toEqual({ status: 'signed-in' });
    expect(stored()).toMatchObject({ accessToken: expect.stringMatching(/^access_/) });

    const next = createSession(() => api.now);
    expect(next.getState()).toEqual({ status: 'loading' });
    await next.load();

    expect(next.getState()).toEqual({ status: 'signed-in' });
    expect(await getAccount(next)).toBe('Ayşe Yılmaz');
    expect(api.count('POST /v1/auth/refresh')).toBe(0);
  });

  it('starts signed out when the saved refresh token has expired, and removes it', async () => {
    await signedIn();
    api.now += 61 * 24 * 60 * 60_000;

    const next = createSession(() => api.now);
    await next.load();

    expect(next.getState()).toEqual({ status: 'signed-out' });
    expect(secureStoreItems.size).toBe(0);
  });

  it('refreshes proactively shortly before the access token expires, then sends the new token', async () => {
    const session = await signedIn();
    const before = stored();
    api.now += 15 * 60_000 - REFRESH_MARGIN_MS + 1_000; // still valid at the server for a few seconds

    expect(await getAccount(session)).toBe('Ayşe Yılmaz');

    expect(api.count('POST /v1/auth/refresh')).toBe(1);
    const account = api.calls.find((call) => call.path === '/v1/account')!;
    expect(account.authorization).toBe(`Bearer ${stored().accessToken}`);
    expect(stored().accessToken).not.toBe(before.accessToken);
    expect(stored().refreshToken).not.toBe(before.refreshToken);
  });

  it('refreshes once after a 401 and retries the request with the new token', async () => {
    const session = await signedIn();
    api.expireAccessTokens(); // the device thinks the token is good; the server does not

    expect(await getAccount(session)).toBe('Ayşe Yılmaz');

    expect(api.count('POST /v1/auth/refresh')).toBe(1);
    expect(api.count('GET /v1/account')).toBe(2);
    expect(session.getState()).toEqual({ status: 'signed-in' });
  });

  it('lets three concurrent requests with an expired token wait for one refresh', async () => {
    const session = await signedIn();
    api.now += 16 * 60_000;

    const names = await Promise.all([getAccount(session), getAccount(session), getAccount(session)]);

    expect(names).toEqual(['Ayşe Yılmaz', 'Ayşe Yılmaz', 'Ayşe Yılmaz']);
    expect(api.count('POST /v1/auth/refresh')).toBe(1);
    expect(api.liveSessions()).toBe(1); // no refresh token was replayed
  });

  it('lets three concurrent requests rejected with 401 share one refresh', async () => {
    const session = await signedIn();
    api.expireAccessTokens();

    const names = await Promise.all([getAccount(session), getAccount(session), getAccount(session)]);

    expect(names).toEqual(['Ayşe Yılmaz', 'Ayşe Yılmaz', 'Ayşe Yılmaz']);
    expect(api.count('POST /v1/auth/refresh')).toBe(1);
    expect(api.liveSessions()).toBe(1);
  });

  it('clears the tokens and signs out when the refresh is refused', async () => {
    const session = await signedIn();
    api.revokeAllSessions();
    api.now += 16 * 60_000;

    await expect(getAccount(session)).rejects.toBeInstanceOf(SignedOutError);

    expect(session.getState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(secureStoreItems.size).toBe(0);
    expect(api.count('GET /v1/account')).toBe(0);
  });

  it('never sends a refresh token twice, even when the refresh gets no answer', async () => {
    const session = await signedIn();
    api.now += 16 * 60_000;
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Network request failed');
    });

    await expect(getAccount(session)).rejects.toBeInstanceOf(SignedOutError);
    await expect(getAccount(session)).rejects.toBeInstanceOf(SignedOutError);

    expect(globalThis.fetch).toHaveBeenCalledTimes(1);
    expect(secureStoreItems.size).toBe(0);
    expect(session.getState()).toEqual({ status: 'signed-out', reason: 'expired' });
  });

  it('takes the refresh token off the device before sending it', async () => {
    const session = await signedIn();
    api.now += 16 * 60_000;
    let onDeviceDuringRefresh: string | undefined;
    const answer = api.fetch;
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      if (new URL(url).pathname === '/v1/auth/refresh')
        onDeviceDuringRefresh = secureStoreItems.get(SESSION_KEY);
      return answer(url, init);
    }) as typeof fetch;

    await getAccount(session);

    expect(onDeviceDuringRefresh).toBeUndefined();
    expect(stored()).toMatchObject({ refreshToken: expect.stringMatching(/^refresh_/) });
  });

  it('ends the session when the API still says 401 after a refresh', async () => {
    const session = await signedIn();
    const answer = api.fetch;
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      if (new URL(url).pathname === '/v1/account') api.expireAccessTokens(); // e.g. the account was suspended
      return answer(url, init);
    }) as typeof fetch;

    await expect(getAccount(session)).rejects.toBeInstanceOf(SignedOutError);

    expect(api.count('POST /v1/auth/refresh')).toBe(1);
    expect(session.getState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(secureStoreItems.size).toBe(0);
  });

  it('signs out: the API revokes the session and the tokens leave the device', async () => {
    const session = await signedIn();

    await session.signOut();

    expect(api.count('POST /v1/auth/sign-out')).toBe(1);
    expect(api.liveSessions()).toBe(0);
    expect(session.getState()).toEqual({ status: 'signed-out' });
    expect(secureStoreItems.size).toBe(0);
  });

  it('signs out on the device even when the API cannot be reached', async () => {
    const session = await signedIn();
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Network request failed');
    });

    await session.signOut();

    expect(session.getState()).toEqual({ status: 'signed-out' });
    expect(secureStoreItems.size).toBe(0);
  });
});
