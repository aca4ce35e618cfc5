import * as SecureStore from 'expo-secure-store';

/** Where the session tokens live. Nothing else in the app may hold them on disk (no AsyncStorage). */
export type KeyValueStorage = {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
};

/**
 * iOS Keychain / Android Keystore-encrypted storage. `…THIS_DEVICE_ONLY`: the tokens are not restored from a
 * backup onto another phone; `AFTER_FIRST_UNLOCK`: a background task may still refresh while the phone is locked.
 */
const options: SecureStore.SecureStoreOptions = {
  keychainAccessible: SecureStore.AFTER_FIRST_UNLOCK_THIS_DEVICE_ONLY,
};

export const secureStorage: KeyValueStorage = {
  get: (key) => SecureStore.getItemAsync(key, options),
  set: (key, value) => SecureStore.setItemAsync(key, value, options),
  remove: (key) => SecureStore.deleteItemAsync(key, options),
};
