import { Injectable } from '@nestjs/common';
import { type AcceptedResponse, ErrorCode } from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { tokenHash } from '../../platform/crypto/token-hash.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { AccountMailService } from './account-mail.service.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordPolicy } from './password-policy.js';
import { RateLimiter } from './rate-limiter.js';
import { invalidLink } from './registration.service.js';
import { SessionService } from './session.service.js';
import { UserRepository } from './user.repository.js';

const HOUR = 3600;

/** Forgotten, reset and changed passwords. Every change ends the other sessions and tells the owner. */
@Injectable()
export class PasswordService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly sessions: SessionService,
    private readonly mail: AccountMailService,
    private readonly tokens: AccountTokenRepository,
    private readonly limiter: RateLimiter,
  ) {}

  async forgot(emailInput: string, origin: RequestOrigin): Promise<AcceptedResponse> {
    const email = emailInput.toLowerCase();
    await this.limiter.consume(
      { key: `reset:ip:${origin.ip ?? 'unknown'}`, max: 20, windowSeconds: HOUR },
      { key: `reset:account:${email}`, max: 3, windowSeconds: HOUR },
    );
    const user = await this.users.findByEmail(email);
    if (user && user.status !== 'deleted' && user.status !== 'banned') {
      await this.mail.queueLink(user.id, 'reset_password', email);
    }
    return { status: 'accepted', message: 'If the address has an account, a reset link is on its way.' };
  }

  async reset(input: { token: string; password: string }, origin: RequestOrigin): Promise<void> {
    await this.limiter.consume({ key: `reset:ip:${origin.ip ?? 'unknown'}`, max: 20, windowSeconds: HOUR });
    const hashed = tokenHash(input.token);
    const used = await this.tokens.consume(hashed, ['reset_password']);
    if (!used) throw invalidLink();
    const user = await this.users.findById(used.userId);
    if (!user || user.status === 'deleted') throw invalidLink();
    this.policy.assertAcceptable(input.password, 'body.password', [user.email, user.displayName]);
    // Clicking the link proves the mailbox: an unverified sign-up becomes verified.
    await this.users.update(user.id, {
      passwordHash: await this.passwords.hash(input.password),
      passwordChangedAt: new Date(),
      emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
    });
    await this.sessions.revokeAllForUser(user.id);
    await this.mail.queueNotice('password-changed', user.email, user.displayName);
  }

  async change(caller: Caller, input: { currentPassword: string; newPassword: string }): Promise<void> {
    await this.limiter.consume({ key: `password-change:${caller.userId}`, max: 5, windowSeconds: 15 * 60 });
    const user = await this.users.findById(caller.userId);
    if (!user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      throw new AppError(ErrorCode.ValidationFailed, 'The current password is wrong', [
        { field: 'body.currentPassword', reason: 'is wrong' },
      ]);
    }
    this.policy.assertAcceptable(input.newPassword, 'body.newPassword', [user.email, user.displayName]);
    await this.users.update(user.id, {
      passwordHash: await this.passwords.hash(input.newPassword),
      passwordChangedAt: new Date(),
    });
    await this.sessions.revokeAllForUser(user.id, caller.sessionId);
    await this.mail.queueNotice('password-changed', user.email, user.displayName);
  }
}
