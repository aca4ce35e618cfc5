import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, type Role, type SessionClient, type SessionInfo } from '@tarodan/contracts';
import { AppConfig } from '../../config/app-config.js';
import { type Caller, CallerResolver } from '../../platform/auth/caller.js';
import { CacheStore } from '../../platform/cache/cache.port.js';
import { tokenHash } from '../../platform/crypto/token-hash.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { describeDevice } from './describe-device.js';
import type { IssuedTokens, StoredSession } from './session.types.js';

/** How often a session's "last used" time is written back (not on every request). */
const TOUCH_EVERY_MS = 60_000;

/**
 * Sessions live in the cache store (Redis in production, shared by both API replicas; memory when embedded).
 * Keys are hashes of tokens, so a cache dump does not hand out live sessions.
 *
 * web/admin: one opaque token for the session's lifetime (kept by the BFF in an httpOnly cookie).
 * mobile: a short-lived access token and a refresh token that rotates on every use; presenting a retired refresh
 * token again means it was copied, so the whole session (the token family) is revoked.
 */
@Injectable()
export class SessionService extends CallerResolver {
  private readonly logger = new Logger(SessionService.name);

  constructor(
    private readonly cache: CacheStore,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async create(
    user: { id: string; role: Role },
    client: SessionClient,
    origin: RequestOrigin,
  ): Promise<IssuedTokens> {
    const now = new Date();
    const lifetime = this.lifetimeOf(client);
    const access = newToken();
    const refresh = client === 'mobile' ? newToken() : null;
    const session: StoredSession = {
      id: randomUUID(),
      userId: user.id,
      role: user.role,
      client,
      userAgent: origin.userAgent,
      ip: origin.ip,
      createdAt: now.toISOString(),
      lastUsedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + lifetime * 1000).toISOString(),
      accessHash: tokenHash(access),
      refreshHash: refresh ? tokenHash(refresh) : null,
    };
    await this.cache.set(sessionKey(session.id), session, lifetime);
    await this.cache.addToSet(indexKey(user.id), [session.id], this.longestLifetime());
    return this.issue(session, access, refresh);
  }

  async resolve(token: string): Promise<Caller | null> {
    const pointer = await this.cache.get<{ sessionId: string }>(accessKey(tokenHash(token)));
    if (!pointer) return null;
    const session = await this.load(pointer.sessionId);
    if (!session || session.accessHash !== tokenHash(token)) return null;
    if (Date.now() - Date.parse(session.lastUsedAt) > TOUCH_EVERY_MS) await this.touch(session);
    return { userId: session.userId, role: session.role, sessionId: session.id };
  }

  /** Mobile: trades a refresh token for a new access + refresh pair. A replayed refresh token ends the session. */
  async refresh(refreshToken: string, origin: RequestOrigin): Promise<IssuedTokens> {
    const hash = tokenHash(refreshToken);
    const pointer = await this.cache.take<{ sessionId: string }>(refreshKey(hash));
    if (!pointer) {
      const retired = await this.cache.get<{ sessionId: string }>(retiredRefreshKey(hash));
      if (retired) {
        this.logger.warn({ sessionId: retired.sessionId }, 'Refresh token reused: revoking the session');
        await this.revoke(retired.sessionId);
      }
      throw new AppError(ErrorCode.Unauthenticated, 'Your session has ended, please sign in again');
    }
    const session = await this.load(pointer.sessionId);
    if (!session || session.refreshHash !== hash) {
      throw new AppError(ErrorCode.Unauthenticated, 'Your session has ended, please sign in again');
    }
    const remaining = secondsUntil(session.expiresAt);
    await this.cache.set(retiredRefreshKey(hash), { sessionId: session.id }, remaining);
    await this.cache.delete(accessKey(session.accessHash));
    const access = newToken();
    const refresh = newToken();
    const rotated: StoredSession = {
      ...session,
      accessHash: tokenHash(access),
      refreshHash: tokenHash(refresh),
      lastUsedAt: new Date().toISOString(),
      ip: origin.ip ?? session.ip,
      userAgent: origin.userAgent ?? session.userAgent,
    };
    await this.cache.set(sessionKey(session.id), rotated, remaining);
    return this.issue(rotated, access, refresh);
  }

  async list(userId: string, currentSessionId: string | null): Promise<SessionInfo[]> {
    const sessions = await this.sessionsOf(userId);
    return sessions
      .sort((a, b) => b.lastUsedAt.localeCompare(a.lastUsedAt))
      .map((s) => ({
        id: s.id,
        client: s.client,
        device: describeDevice(s.userAgent),
        ip: s.ip,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        current: s.id === currentSessionId,
      }));
  }

  async countFor(userId: string): Promise<number> {
    return (await this.sessionsOf(userId)).length;
  }

  /** Ends one session of this user; unknown ids (or another user's) answer 404 alike. */
  async revokeOwn(userId: string, sessionId: string): Promise<void> {
    const session = await this.load(sessionId);
    if (!session || session.userId !== userId) throw new AppError(ErrorCode.NotFound, 'Session not found');
    await this.revoke(sessionId);
  }

  /** Every session of the user except `keepSessionId` (e.g. after a password change). */
  async revokeAllForUser(userId: string, keepSessionId?: string): Promise<number> {
    const sessions = await this.sessionsOf(userId);
    const doomed = sessions.filter((s) => s.id !== keepSessionId);
    await Promise.all(doomed.map((s) => this.revoke(s.id)));
    return doomed.length;
  }

  async revoke(sessionId: string): Promise<void> {
    const session = await this.cache.get<StoredSession>(sessionKey(sessionId));
    await this.cache.delete(sessionKey(sessionId));
    if (!session) return;
    await this.cache.delete(accessKey(session.accessHash));
    if (session.refreshHash) await this.cache.delete(refreshKey(session.refreshHash));
    await this.cache.removeFromSet(indexKey(session.userId), [sessionId]);
  }

  private async sessionsOf(userId: string): Promise<StoredSession[]> {
    const ids = await this.cache.setMembers(indexKey(userId));
    const loaded = await Promise.all(ids.map((id) => this.load(id)));
    const gone = ids.filter((_, i) => !loaded[i]);
    if (gone.length > 0) await this.cache.removeFromSet(indexKey(userId), gone);
    return loaded.filter((s): s is StoredSession => s !== null);
  }

  private async load(sessionId: string): Promise<StoredSession | null> {
    const session = await this.cache.get<StoredSession>(sessionKey(sessionId));
    if (!session || Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  }

  private async touch(session: StoredSession): Promise<void> {
    const remaining = secondsUntil(session.expiresAt);
    await this.cache.set(
      sessionKey(session.id),
      { ...session, lastUsedAt: new Date().toISOString() },
      remaining,
    );
  }

  private async issue(session: StoredSession, access: string, refresh: string | null): Promise<IssuedTokens> {
    const accessTtl =
      session.client === 'mobile'
        ? Math.min(this.config.tokens.accessTtlSeconds, secondsUntil(session.expiresAt))
        : secondsUntil(session.expiresAt);
    await this.cache.set(accessKey(session.accessHash), { sessionId: session.id }, accessTtl);
    const tokens: IssuedTokens = {
      token: access,
      expiresAt: new Date(Date.now() + accessTtl * 1000).toISOString(),
    };
    if (refresh) {
      await this.cache.set(
        refreshKey(tokenHash(refresh)),
        { sessionId: session.id },
        secondsUntil(session.expiresAt),
      );
      tokens.refreshToken = refresh;
      tokens.refreshExpiresAt = session.expiresAt;
    }
    return tokens;
  }

  private lifetimeOf(client: SessionClient): number {
    return client === 'mobile' ? this.config.tokens.refreshTtlSeconds : this.config.sessionTtlSeconds;
  }

  private longestLifetime(): number {
    return Math.max(this.config.tokens.refreshTtlSeconds, this.config.sessionTtlSeconds);
  }
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function secondsUntil(iso: string): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - Date.now()) / 1000));
}

const sessionKey = (id: string) => `session:${id}`;
const indexKey = (userId: string) => `session:user:${userId}`;
const accessKey = (hash: string) => `session:access:${hash}`;
const refreshKey = (hash: string) => `session:refresh:${hash}`;
const retiredRefreshKey = (hash: string) => `session:retired:${hash}`;
