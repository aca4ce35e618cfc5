/**
 * expo-secure-store for Jest (see jest.setup.ts): the Keychain/Keystore replaced by a Map, each function a jest.fn
 * so that tests can see what was stored, under which key and with which options.
 */
export const secureStoreItems = new Map<string, string>();

export const AFTER_FIRST_UNLOCK = 0;
export const AFTER_FIRST_UNLOCK_THIS_DEVICE_ONLY = 1;
export const ALWAYS = 2;
export const WHEN_PASSCODE_SET_THIS_DEVICE_ONLY = 3;
export const ALWAYS_THIS_DEVICE_ONLY = 4;
export const WHEN_UNLOCKED = 5;
export const WHEN_UNLOCKED_THIS_DEVICE_ONLY = 6;

export const isAvailableAsync = jest.fn(async () => true);
export const getItemAsync = jest.fn(
  async (key: string, _options?: object) => secureStoreItems.get(key) ?? null,
);
export const setItemAsync = jest.fn(async (key: string, value: string, _options?: object) => {
  secureStoreItems.set(key, value);
});
export const deleteItemAsync = jest.fn(async (key: string, _options?: object) => {
  secureStoreItems.delete(key);
});
