import type { KeyValueStorage } from './secure-storage';

export type { KeyValueStorage } from './secure-storage';

/**
 * The web build (a preview of the phone app) has no secure storage: expo-secure-store is native only, and
 * localStorage would expose the tokens to any script on the page. The session lives in memory and ends with the tab.
 */
const memory = new Map<string, string>();

export const secureStorage: KeyValueStorage = {
  get: async (key) => memory.get(key) ?? null,
  set: async (key, value) => {
    memory.set(key, value);
  },
  remove: async (key) => {
    memory.delete(key);
  },
};
