import { Injectable, Logger } from '@nestjs/common';
import { type deleteAccountRequestSchema, ErrorCode } from '@tarodan/contracts';
import type { z } from 'zod';
import type { Caller } from '../../platform/auth/caller.js';
import { CacheStore } from '../../platform/cache/cache.port.js';
import { AppError } from '../../platform/errors/app-error.js';
import { JobQueue } from '../../platform/queue/queue.port.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { PasswordHasher } from '../identity/password-hasher.js';
import { SessionService } from '../identity/session.service.js';
import { MediaService } from '../media/media.service.js';
import { AccountDeletionRepository } from './account-deletion.repository.js';
import { exportPrefix } from './data-export.policy.js';
import { finishAccountDeletionJob } from './privacy.jobs.js';

export type DeleteAccountRequest = z.output<typeof deleteAccountRequestSchema>;

/** What happens after the transaction; also the payload of the retry job. */
export type DeletionFollowUp = {
  userId: string;
  requestedAt: string;
  avatarKey: string | null;
  counts: Record<string, number>;
};

const PASSWORD_ATTEMPTS = { max: 5, windowSeconds: 15 * 60 };

/**
 * Erasing an account at its owner's request (KVKK article 7). The database part is one transaction; the rest
 * (files, sessions, the deletion record, the search hook) runs after it, each step idempotent. When that part fails
 * it is queued as `finish-account-deletion` and retried, so a deletion is never left half done.
 */
@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger('AccountDeletionService');

  constructor(
    private readonly repository: AccountDeletionRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly storage: ObjectStorage,
    private readonly cache: CacheStore,
    private readonly queue: JobQueue,
    private readonly media: MediaService,
  ) {}

  async deleteAccount(caller: Caller, input: DeleteAccountRequest): Promise<void> {
    if (caller.role !== 'member') throw staffRefused();
    const requestedAt = new Date();
    const member = await this.repository.findCredentials(caller.userId);
    if (!member || member.status === 'deleted') {
      throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    }
    if (member.role !== 'member') throw staffRefused();
    await this.limitPasswordAttempts(member.id);
    if (!(await this.passwords.verify(member.passwordHash, input.password))) {
      throw new AppError(ErrorCode.Forbidden, 'The password is not correct; your account was not deleted', [
        { field: 'body.password', reason: 'is not correct' },
      ]);
    }
    await this.erase(member.id, requestedAt);
  }

  /**
   * Anonymises the member and removes their data. No access check: callers are `deleteAccount` (the member) or,
   * later, an admin flow that checks its own permission first.
   */
  async erase(userId: string, requestedAt: Date): Promise<void> {
    const erased = await this.repository.eraseMember(userId, new Date());
    if (!erased) throw AppError.notFound('User', userId);
    const followUp: DeletionFollowUp = { userId, requestedAt: requestedAt.toISOString(), ...erased };
    try {
      await this.finish(followUp);
    } catch (error) {
      // The account is already anonymised; the member must not be asked to try again (their password no longer
      // works). The queue finishes the job.
      this.logger.error(
        `Finishing the deletion of user ${userId} failed, queued for retry: ${(error as Error).message}`,
      );
      await this.queue.enqueue(finishAccountDeletionJob, followUp, { jobId: userId });
    }
  }

  /** Every step may run again: deleting a missing object, revoking no session and a recorded deletion are no-ops. */
  async finish(followUp: DeletionFollowUp): Promise<void> {
    const { userId } = followUp;
    if (followUp.avatarKey) await this.storage.delete('avatars', followUp.avatarKey);
    // Avatar keys are `<userId>/<hash>.<ext>`: this also catches an old avatar whose removal failed, and variants.
    const avatars = await this.storage.list('avatars', `${userId}/`);
    for (const avatar of avatars) await this.storage.delete('avatars', avatar.key);
    // Archives still being written when the rows were deleted are caught here or by their own job.
    const archives = await this.storage.list('documents', exportPrefix(userId));
    for (const archive of archives) await this.storage.delete('documents', archive.key);
    // Listing photos (originals and every variant); the listings themselves went with the transaction.
    const images = await this.media.deleteAllOf(userId);
    const sessions = await this.sessions.revokeAllForUser(userId);
    this.onMemberDeleted(userId);
    const summary = {
      ...followUp.counts,
      avatar: followUp.avatarKey !== null,
      exportFiles: archives.length,
      images,
      sessions,
    };
    await this.repository.recordDeletion({
      userId,
      requestedAt: new Date(followUp.requestedAt),
      summary: JSON.stringify(summary),
    });
  }

  /**
   * Hook for modules that keep copies of member data outside PostgreSQL. The search index does not exist yet: when
   * it does, the search module removes the member's profile (and anything else it indexed about them) here. There
   * is no event bus installed on purpose; call the search service from this method, or replace it with an event
   * once one exists. Must be idempotent like the other steps.
   */
  private onMemberDeleted(_userId: string): void {}

  private async limitPasswordAttempts(userId: string): Promise<void> {
    const { count, resetInSeconds } = await this.cache.increment(
      `ratelimit:delete-account:${userId}`,
      PASSWORD_ATTEMPTS.windowSeconds,
    );
    if (count > PASSWORD_ATTEMPTS.max) {
      const retryAfter = String(Math.max(1, resetInSeconds));
      throw new AppError(
        ErrorCode.RateLimited,
        `Too many attempts, try again in ${retryAfter} seconds`,
        undefined,
        { 'retry-after': retryAfter },
      );
    }
  }
}

function staffRefused(): AppError {
  return new AppError(
    ErrorCode.Forbidden,
    'Staff accounts cannot be deleted this way; ask another admin to change your role to member first',
  );
}
