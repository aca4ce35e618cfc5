import { z } from 'zod';
import { type KeyValueStorage, secureStorage } from './secure-storage';

/** The tokens of a mobile session, with their expiry as epoch milliseconds. */
const storedSessionSchema = z.object({
  accessToken: z.string().min(1),
  accessExpiresAt: z.number(),
  refreshToken: z.string().min(1),
  refreshExpiresAt: z.number(),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

/** One entry, so that the access and refresh tokens of a pair are always written together. */
export const SESSION_KEY = 'tarodan.session';

/** The session tokens in the device's secure storage (Keychain / Keystore). */
export class TokenStore {
  constructor(private readonly storage: KeyValueStorage = secureStorage) {}

  /** The saved session, or null when there is none or it cannot be read (then it is removed). */
  async load(): Promise<StoredSession | null> {
    const raw = await this.storage.get(SESSION_KEY);
    if (raw === null) return null;
    const parsed = storedSessionSchema.safeParse(safeJson(raw));
    if (parsed.success) return parsed.data;
    await this.clear();
    return null;
  }

  save(session: StoredSession): Promise<void> {
    return this.storage.set(SESSION_KEY, JSON.stringify(session));
  }

  clear(): Promise<void> {
    return this.storage.remove(SESSION_KEY);
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
