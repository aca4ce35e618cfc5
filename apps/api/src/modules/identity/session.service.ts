import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import type { Role } from '../../platform/auth/access-policy.js';
import { type Caller, CallerResolver } from '../../platform/auth/caller.js';
import { CacheStore } from '../../platform/cache/cache.port.js';

type StoredSession = {
  userId: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
};

/**
 * Sessions live in the cache store (Redis in production, so both API replicas see them). Only a hash of the token is
 * used as the key: a leaked cache dump does not hand out live sessions.
 */
@Injectable()
export class SessionService extends CallerResolver {
  constructor(
    private readonly cache: CacheStore,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async create(user: { id: string; role: Role }, device: { userAgent: string | null; ip: string | null }) {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlSeconds * 1000);
    const session: StoredSession = {
      userId: user.id,
      role: user.role,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      ...device,
    };
    await this.cache.set(keyOf(token), session, this.config.sessionTtlSeconds);
    return { token, expiresAt: expiresAt.toISOString() };
  }

  async resolve(token: string): Promise<Caller | null> {
    const session = await this.cache.get<StoredSession>(keyOf(token));
    if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
    return { userId: session.userId, role: session.role, sessionId: idOf(token) };
  }

  async revoke(token: string): Promise<void> {
    await this.cache.delete(keyOf(token));
  }
}

function idOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function keyOf(token: string): string {
  return `session:${idOf(token)}`;
}
