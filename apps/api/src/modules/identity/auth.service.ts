import { Injectable } from '@nestjs/common';
import { ErrorCode, type SignInRequest, type SignInResponse, type UserSummary } from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import { PasswordHasher } from './password-hasher.js';
import { RateLimiter } from './rate-limiter.js';
import { SessionService } from './session.service.js';
import { UserRepository, type UserRow } from './user.repository.js';

const WINDOW = 15 * 60;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
  ) {}

  /** The answer never says whether the email exists: wrong email and wrong password look the same. */
  async signIn(
    input: SignInRequest,
    device: { ip: string | null; userAgent: string | null },
  ): Promise<SignInResponse> {
    const email = input.email.toLowerCase();
    await this.limiter.consume(
      { key: `sign-in:ip:${device.ip ?? 'unknown'}`, max: 30, windowSeconds: WINDOW },
      { key: `sign-in:account:${email}`, max: 10, windowSeconds: WINDOW },
    );
    const user = await this.users.findByEmail(email);
    const valid = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verifyAgainstNothing(input.password);
    if (!user || !valid) throw new AppError(ErrorCode.Unauthenticated, 'Email or password is incorrect');
    const session = await this.sessions.create(user, device);
    return { user: toUserSummary(user), session };
  }

  async me(caller: Caller): Promise<{ user: UserSummary }> {
    const user = await this.users.findById(caller.userId);
    if (!user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    return { user: toUserSummary(user) };
  }

  signOut(token: string): Promise<void> {
    return this.sessions.revoke(token);
  }
}

function toUserSummary(user: UserRow): UserSummary {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
}
