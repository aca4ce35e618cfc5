import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type SessionClient,
  type SignedIn,
  type SignInRequest,
  type SignInResponse,
  type UserSummary,
} from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { MfaChallengeService } from './mfa-challenge.service.js';
import { PasswordHasher } from './password-hasher.js';
import { RateLimiter } from './rate-limiter.js';
import { SessionService } from './session.service.js';
import { UserRepository, type UserRow } from './user.repository.js';
import { toUserSummary } from './user-summary.mapper.js';

const MINUTE = 60;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly challenges: MfaChallengeService,
  ) {}

  /**
   * Wrong e-mail and wrong password get the same answer in the same time. Account state (unverified, suspended)
   * is only revealed to someone who knows the password. Staff always go through TOTP two-factor.
   */
  async signIn(input: SignInRequest, origin: RequestOrigin): Promise<SignInResponse> {
    const email = input.email.toLowerCase();
    // Failures count, not sign-ins: many members share one IP behind carrier NAT, and they may all sign in.
    const limits = [
      { key: `sign-in:ip:${origin.ip ?? 'unknown'}`, max: 30, windowSeconds: 15 * MINUTE },
      { key: `sign-in:account:${email}`, max: 5, windowSeconds: MINUTE },
      { key: `sign-in:account-15m:${email}`, max: 10, windowSeconds: 15 * MINUTE },
    ];
    await this.limiter.assertNotLocked(...limits);
    const found = await this.users.findByEmail(email);
    const user = found && found.status !== 'deleted' ? found : null;
    const valid = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verifyAgainstNothing(input.password);
    if (!user || !valid) {
      await this.limiter.recordFailure(...limits);
      throw new AppError(ErrorCode.Unauthenticated, 'Email or password is incorrect');
    }
    assertMaySignIn(user);

    const client: SessionClient = input.client ?? 'web';
    if (user.role !== 'member') {
      const purpose = user.mfaEnabledAt ? 'verify' : 'enroll';
      const challenge = await this.challenges.create({ userId: user.id, client, purpose, origin });
      return { status: purpose === 'verify' ? 'mfa_required' : 'mfa_enrollment_required', challenge };
    }
    return this.startSession(user, client, origin);
  }

  /** The last step of every sign-in path (password, or password + TOTP). */
  async startSession(user: UserRow, client: SessionClient, origin: RequestOrigin): Promise<SignedIn> {
    const session = await this.sessions.create(user, client, origin);
    return { status: 'signed_in', user: toUserSummary(user), session };
  }

  async refresh(refreshToken: string, origin: RequestOrigin) {
    return { session: await this.sessions.refresh(refreshToken, origin) };
  }

  async me(caller: Caller): Promise<{ user: UserSummary }> {
    const user = await this.users.findById(caller.userId);
    if (user?.status !== 'active') throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    return { user: toUserSummary(user) };
  }

  signOut(caller: Caller): Promise<void> {
    return this.sessions.revoke(caller.sessionId);
  }
}

export function assertMaySignIn(user: UserRow): void {
  if (user.status === 'suspended' || user.status === 'banned') {
    throw new AppError(
      ErrorCode.Forbidden,
      user.status === 'banned'
        ? 'This account has been closed'
        : `This account is suspended${user.statusReason ? `: ${user.statusReason}` : ''}`,
    );
  }
  if (!user.emailVerifiedAt) {
    throw new AppError(ErrorCode.Forbidden, 'Verify your e-mail address first: we sent you a link', [
      { field: 'body.email', reason: 'is not verified yet' },
    ]);
  }
}
