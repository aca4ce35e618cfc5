import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type SessionClient } from '@tarodan/contracts';
import { CacheStore } from '../../platform/cache/cache.port.js';
import { tokenHash } from '../../platform/crypto/token-hash.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { RequestOrigin } from '../../platform/http/request-origin.js';

const CHALLENGE_TTL_SECONDS = 10 * 60;

export type MfaChallenge = {
  userId: string;
  client: SessionClient;
  purpose: 'verify' | 'enroll';
  origin: RequestOrigin;
  /** Enrolment: the secret offered to the authenticator app, encrypted, until the first code confirms it. */
  pendingSecret?: string;
};

/** The half-finished sign-in between the password and the second factor. Lives 10 minutes in the cache. */
@Injectable()
export class MfaChallengeService {
  constructor(private readonly cache: CacheStore) {}

  async create(challenge: MfaChallenge): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.cache.set(keyOf(token), challenge, CHALLENGE_TTL_SECONDS);
    return token;
  }

  async get(token: string, purpose: MfaChallenge['purpose']): Promise<MfaChallenge> {
    const challenge = await this.cache.get<MfaChallenge>(keyOf(token));
    if (!challenge || challenge.purpose !== purpose) {
      throw new AppError(ErrorCode.Unauthenticated, 'This sign-in step has expired, please sign in again');
    }
    return challenge;
  }

  async update(token: string, challenge: MfaChallenge): Promise<void> {
    await this.cache.set(keyOf(token), challenge, CHALLENGE_TTL_SECONDS);
  }

  async finish(token: string): Promise<void> {
    await this.cache.delete(keyOf(token));
  }
}

function keyOf(token: string): string {
  return `mfa:challenge:${tokenHash(token)}`;
}
