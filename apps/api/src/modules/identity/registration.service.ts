import { Injectable } from '@nestjs/common';
import { type AcceptedResponse, ErrorCode, registerRequestSchema } from '@tarodan/contracts';
import type { z } from 'zod';
import { tokenHash } from '../../platform/crypto/token-hash.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';
import { AccountMailService } from './account-mail.service.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { PasswordPolicy } from './password-policy.js';
import { RateLimiter } from './rate-limiter.js';
import { UserRepository } from './user.repository.js';

type RegisterInput = z.output<typeof registerRequestSchema>;

const ACCEPTED: AcceptedResponse = {
  status: 'accepted',
  message: 'If the address can be used, a verification link is on its way. Check your inbox.',
};
const HOUR = 3600;

@Injectable()
export class RegistrationService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly mail: AccountMailService,
    private readonly tokens: AccountTokenRepository,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Always the same answer, so the form cannot be used to find out who is a member: a new address gets a
   * verification link, a taken one gets a notice telling its owner (who may have forgotten they signed up).
   */
  async register(input: RegisterInput, origin: RequestOrigin): Promise<AcceptedResponse> {
    await this.limiter.consume({
      key: `register:ip:${origin.ip ?? 'unknown'}`,
      max: 20,
      windowSeconds: HOUR,
    });
    const email = input.email.toLowerCase();
    this.policy.assertAcceptable(input.password, 'body.password', [email, input.displayName]);
    const consent = { ip: origin.ip, userAgent: origin.userAgent, granted: true };
    const user = await this.users.createWithConsents(
      {
        email,
        passwordHash: await this.passwords.hash(input.password),
        displayName: input.displayName,
        mobile: input.mobile ?? null,
      },
      [
        { ...consent, kind: 'terms', version: input.termsVersion },
        { ...consent, kind: 'privacy_notice', version: input.privacyNoticeVersion },
        ...(input.marketingOptIn
          ? [{ ...consent, kind: 'marketing' as const, version: input.privacyNoticeVersion }]
          : []),
      ],
    );
    if (user) {
      await this.mail.queueLink(user.id, 'verify_email', email);
    } else {
      const existing = await this.users.findByEmail(email);
      if (existing && existing.status !== 'deleted') {
        await this.mail.queueNotice('already-registered', email, existing.displayName);
      }
    }
    return ACCEPTED;
  }

  async resendVerification(emailInput: string, origin: RequestOrigin): Promise<AcceptedResponse> {
    const email = emailInput.toLowerCase();
    await this.limiter.consume(
      { key: `verify-resend:ip:${origin.ip ?? 'unknown'}`, max: 30, windowSeconds: HOUR },
      { key: `verify-resend:account:${email}`, max: 5, windowSeconds: HOUR },
    );
    const user = await this.users.findByEmail(email);
    if (user && !user.emailVerifiedAt && user.status === 'active') {
      await this.mail.queueLink(user.id, 'verify_email', email);
    }
    return ACCEPTED;
  }

  /** Confirms a sign-up address or a changed address; the link works once. */
  async verifyEmail(token: string, origin: RequestOrigin): Promise<{ status: 'verified'; email: string }> {
    await this.limiter.consume({ key: `verify:ip:${origin.ip ?? 'unknown'}`, max: 30, windowSeconds: HOUR });
    const used = await this.tokens.consume(tokenHash(token), ['verify_email', 'change_email']);
    if (!used) throw invalidLink();
    const user = await this.users.findById(used.userId);
    if (!user || user.status === 'deleted') throw invalidLink();
    if (used.purpose === 'change_email') {
      const taken = await this.users.findByEmail(used.email);
      if (taken && taken.id !== user.id) {
        throw new AppError(ErrorCode.Conflict, 'This address is now used by another account');
      }
      await this.users.update(user.id, { email: used.email, emailVerifiedAt: new Date() });
      await this.mail.queueNotice('email-changed', user.email, user.displayName);
    } else if (!user.emailVerifiedAt) {
      await this.users.update(user.id, { emailVerifiedAt: new Date() });
    }
    return { status: 'verified', email: used.email };
  }
}

export function invalidLink(): AppError {
  return new AppError(ErrorCode.ValidationFailed, 'This link is invalid, expired or already used', [
    { field: 'body.token', reason: 'is invalid, expired or already used' },
  ]);
}
