import * as SecureStore from 'expo-secure-store';
import { secureStoreItems } from '@/test/secure-store-mock';
import { SESSION_KEY, type StoredSession, TokenStore } from './token-store';

const session: StoredSession = {
  accessToken: 'access_1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  accessExpiresAt: Date.parse('2026-11-25T10:15:00Z'),
  refreshToken: 'refresh_2_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  refreshExpiresAt: Date.parse('2027-01-24T10:00:00Z'),
};

describe('TokenStore', () => {
  it('keeps both tokens together in SecureStore, for this device only', async () => {
    await new TokenStore().save(session);

    expect(SecureStore.setItemAsync).toHaveBeenCalledWith(SESSION_KEY, JSON.stringify(session), {
      keychainAccessible: SecureStore.AFTER_FIRST_UNLOCK_THIS_DEVICE_ONLY,
    });
    expect(await new TokenStore().load()).toEqual(session);
  });

  it('has nothing to load before a sign-in', async () => {
    expect(await new TokenStore().load()).toBeNull();
    expect(SecureStore.getItemAsync).toHaveBeenCalledWith(SESSION_KEY, expect.any(Object));
  });

  it('forgets the tokens on clear', async () => {
    const store = new TokenStore();
    await store.save(session);

    await store.clear();

    expect(SecureStore.deleteItemAsync).toHaveBeenCalledWith(SESSION_KEY, expect.any(Object));
    expect(secureStoreItems.size).toBe(0);
    expect(await store.load()).toBeNull();
  });

  it('removes an entry it cannot read instead of using it', async () => {
    secureStoreItems.set(SESSION_KEY, '{"accessToken":"only half a session"');

    expect(await new TokenStore().load()).toBeNull();
    expect(secureStoreItems.has(SESSION_KEY)).toBe(false);
  });
});
