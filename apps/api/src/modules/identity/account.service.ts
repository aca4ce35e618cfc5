import { Injectable } from '@nestjs/common';
import {
  type AcceptedResponse,
  type Account,
  ErrorCode,
  LEGAL_VERSIONS,
  type PublicMediaImage,
  type PublicProfile,
  type SessionInfo,
  type updateProfileRequestSchema,
} from '@tarodan/contracts';
import type { z } from 'zod';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { MediaService } from '../media/media.service.js';
import { AccountMailService } from './account-mail.service.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { AvatarService } from './avatar.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RateLimiter } from './rate-limiter.js';
import { SessionService } from './session.service.js';
import { UserRepository, type UserRow } from './user.repository.js';
import { toAccount } from './user-summary.mapper.js';

/** The member's own account: profile, avatar, e-mail, marketing consent, sessions. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly avatars: AvatarService,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordHasher,
    private readonly mail: AccountMailService,
    private readonly limiter: RateLimiter,
    private readonly media: MediaService,
  ) {}

  async get(caller: Caller): Promise<{ account: Account }> {
    return { account: await this.present(await this.own(caller)) };
  }

  async updateProfile(
    caller: Caller,
    changes: z.output<typeof updateProfileRequestSchema>,
  ): Promise<{ account: Account }> {
    await this.own(caller);
    const user = await this.users.update(caller.userId, changes);
    return { account: await this.present(user) };
  }

  async setAvatar(caller: Caller, body: unknown, declaredType?: string): Promise<{ account: Account }> {
    const before = await this.own(caller);
    const stored = await this.avatars.store(caller.userId, body, declaredType);
    const image = await this.media.processAvatar(caller.userId, stored);
    const user = await this.users.update(caller.userId, { avatarKey: stored.key, avatarAssetId: image.id });
    await this.forgetAvatar(before, stored.key);
    return { account: await this.present(user) };
  }

  async removeAvatar(caller: Caller): Promise<{ account: Account }> {
    const before = await this.own(caller);
    const user = await this.users.update(caller.userId, { avatarKey: null, avatarAssetId: null });
    await this.forgetAvatar(before, null);
    return { account: await this.present(user) };
  }

  /** The new address takes effect when its link is clicked; until then the old one stays. */
  async changeEmail(
    caller: Caller,
    input: { newEmail: string; password: string },
  ): Promise<AcceptedResponse> {
    await this.limiter.consume({ key: `email-change:${caller.userId}`, max: 5, windowSeconds: 3600 });
    const user = await this.own(caller);
    if (!(await this.passwords.verify(user.passwordHash, input.password))) {
      throw new AppError(ErrorCode.ValidationFailed, 'The password is wrong', [
        { field: 'body.password', reason: 'is wrong' },
      ]);
    }
    const email = input.newEmail.toLowerCase();
    if (email === user.email) {
      throw new AppError(ErrorCode.ValidationFailed, 'This is already your address', [
        { field: 'body.newEmail', reason: 'is already your address' },
      ]);
    }
    // Taken addresses are not revealed here either: the link would fail at confirmation.
    if (!(await this.users.findByEmail(email))) await this.mail.queueLink(user.id, 'change_email', email);
    return { status: 'accepted', message: 'Confirm the new address with the link we sent to it.' };
  }

  async setMarketingConsent(
    caller: Caller,
    optIn: boolean,
    origin: RequestOrigin,
  ): Promise<{ account: Account }> {
    const user = await this.own(caller);
    await this.users.addConsent(user.id, {
      kind: 'marketing',
      version: LEGAL_VERSIONS.privacyNotice,
      granted: optIn,
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
    return { account: await this.present(user) };
  }

  listSessions(caller: Caller): Promise<SessionInfo[]> {
    return this.sessions.list(caller.userId, caller.sessionId);
  }

  revokeSession(caller: Caller, sessionId: string): Promise<void> {
    return this.sessions.revokeOwn(caller.userId, sessionId);
  }

  async revokeOtherSessions(caller: Caller): Promise<void> {
    await this.sessions.revokeAllForUser(caller.userId, caller.sessionId);
  }

  async publicProfile(userId: string): Promise<{ profile: PublicProfile }> {
    const user = await this.users.findById(userId);
    if (!user || user.status === 'deleted' || user.status === 'banned')
      throw AppError.notFound('Member', userId);
    return {
      profile: {
        id: user.id,
        displayName: user.displayName,
        avatarUrl: this.avatars.urlOf(user.avatarKey),
        avatar: await this.avatarImage(user),
        city: user.city,
        bio: user.bio,
        memberSince: user.createdAt.toISOString(),
        isSeller: await this.users.isSeller(user.id),
        rating: await this.users.ratingOf(user.id),
      },
    };
  }

  /** The previous avatar's original and variants, unless the new upload is the very same file. */
  private async forgetAvatar(before: UserRow, keptKey: string | null): Promise<void> {
    if (before.avatarKey && before.avatarKey !== keptKey) await this.avatars.remove(before.avatarKey);
    if (before.avatarAssetId) await this.media.discard(before.id, before.avatarAssetId);
  }

  private async avatarImage(user: UserRow): Promise<PublicMediaImage | null> {
    if (!user.avatarAssetId) return null;
    return (await this.media.publicImages([user.avatarAssetId]))[0] ?? null;
  }

  private async own(caller: Caller): Promise<UserRow> {
    const user = await this.users.findById(caller.userId);
    if (user?.status !== 'active') throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    return user;
  }

  private async present(user: UserRow): Promise<Account> {
    const [marketingOptIn, isSeller, pendingEmail, avatar] = await Promise.all([
      this.users.marketingOptIn(user.id),
      this.users.isSeller(user.id),
      this.tokens.pendingEmailChange(user.id),
      this.avatarImage(user),
    ]);
    return toAccount(user, {
      avatarUrl: this.avatars.urlOf(user.avatarKey),
      avatar,
      marketingOptIn,
      isSeller,
      pendingEmail,
    });
  }
}
