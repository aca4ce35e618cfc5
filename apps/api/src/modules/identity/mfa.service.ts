import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type SignedIn } from '@tarodan/contracts';
import QRCode from 'qrcode';
import { CacheStore } from '../../platform/cache/cache.port.js';
import { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { tokenHash } from '../../platform/crypto/token-hash.js';
import { AppError } from '../../platform/errors/app-error.js';
import { AccountTokenRepository } from './account-token.repository.js';
import { AuthService, assertMaySignIn } from './auth.service.js';
import { MfaChallengeService } from './mfa-challenge.service.js';
import { RateLimiter } from './rate-limiter.js';
import { matchTotp, newTotpSecret, totpUri } from './totp.js';
import { UserRepository, type UserRow } from './user.repository.js';

const SECRET_CONTEXT = 'user.mfaSecret';
const RECOVERY_CODES = 10;

/** TOTP two-factor: required for admins and moderators, enrolled at their first sign-in. */
@Injectable()
export class MfaService {
  constructor(
    private readonly users: UserRepository,
    private readonly challenges: MfaChallengeService,
    private readonly auth: AuthService,
    private readonly cipher: FieldCipher,
    private readonly tokens: AccountTokenRepository,
    private readonly limiter: RateLimiter,
    private readonly cache: CacheStore,
  ) {}

  async verify(input: { challenge: string; code?: string; recoveryCode?: string }): Promise<SignedIn> {
    const challenge = await this.challenges.get(input.challenge, 'verify');
    const user = await this.activeUser(challenge.userId);
    await this.limitAttempts(user.id, challenge.origin.ip);
    const accepted = input.code
      ? await this.acceptCode(user, this.cipher.decrypt(user.mfaSecret!, SECRET_CONTEXT), input.code)
      : await this.tokens.consumeRecoveryCode(user.id, hashRecoveryCode(input.recoveryCode!));
    if (!accepted) await this.refuse(user.id, input.code ? 'body.code' : 'body.recoveryCode');
    await this.challenges.finish(input.challenge);
    return this.auth.startSession(user, challenge.client, challenge.origin);
  }

  async startEnrollment(token: string) {
    const challenge = await this.challenges.get(token, 'enroll');
    const user = await this.activeUser(challenge.userId);
    const secret = newTotpSecret();
    await this.challenges.update(token, {
      ...challenge,
      pendingSecret: this.cipher.encrypt(secret, SECRET_CONTEXT),
    });
    const otpauthUrl = totpUri(secret, user.email);
    const qrCodeDataUrl = await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 240 });
    return { secret, otpauthUrl, qrCodeDataUrl };
  }

  async confirmEnrollment(input: { challenge: string; code: string }) {
    const challenge = await this.challenges.get(input.challenge, 'enroll');
    if (!challenge.pendingSecret) {
      throw new AppError(ErrorCode.Conflict, 'Start the enrolment first to get a QR code');
    }
    const user = await this.activeUser(challenge.userId);
    await this.limitAttempts(user.id, challenge.origin.ip);
    const secret = this.cipher.decrypt(challenge.pendingSecret, SECRET_CONTEXT);
    if (!(await this.acceptCode(user, secret, input.code))) await this.refuse(user.id, 'body.code');

    const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    const enrolled = await this.users.update(user.id, {
      mfaSecret: challenge.pendingSecret,
      mfaEnabledAt: new Date(),
    });
    await this.tokens.replaceRecoveryCodes(user.id, recoveryCodes.map(hashRecoveryCode));
    await this.challenges.finish(input.challenge);
    const signedIn = await this.auth.startSession(enrolled, challenge.client, challenge.origin);
    return { ...signedIn, recoveryCodes };
  }

  /** A code is good once: the step it matched is burnt for this user on every replica. */
  private async acceptCode(user: UserRow, secret: string, code: string): Promise<boolean> {
    const step = matchTotp(secret, code);
    if (step === null) return false;
    const { count } = await this.cache.increment(`mfa:used:${user.id}:${step}`, 120);
    return count === 1;
  }

  /** 30 tries per IP in 15 minutes; 5 wrong codes lock the account's second factor for 5 minutes. */
  private async limitAttempts(userId: string, ip: string | null) {
    await this.limiter.consume({ key: `mfa:ip:${ip ?? 'unknown'}`, max: 30, windowSeconds: 15 * 60 });
    await this.limiter.assertNotLocked(wrongCodeLimit(userId));
  }

  private async refuse(userId: string, field: string): Promise<never> {
    await this.limiter.recordFailure(wrongCodeLimit(userId));
    throw wrongCode(field);
  }

  private async activeUser(userId: string): Promise<UserRow> {
    const user = await this.users.findById(userId);
    if (!user || user.status === 'deleted') {
      throw new AppError(ErrorCode.Unauthenticated, 'This sign-in step has expired, please sign in again');
    }
    assertMaySignIn(user);
    return user;
  }
}

function wrongCodeLimit(userId: string) {
  return { key: `mfa:account:${userId}`, max: 5, windowSeconds: 5 * 60 };
}

function newRecoveryCode(): string {
  const raw = randomBytes(8).readBigUInt64BE().toString(36).padStart(10, '0').slice(-10);
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

function hashRecoveryCode(code: string): string {
  return tokenHash(code.toLowerCase().replace(/-/g, ''));
}

function wrongCode(field: string): AppError {
  return new AppError(ErrorCode.Unauthenticated, 'The code is not valid', [
    { field, reason: 'is wrong, expired or already used' },
  ]);
}
