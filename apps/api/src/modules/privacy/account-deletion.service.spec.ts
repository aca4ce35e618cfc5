import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../platform/auth/caller.js';
import type { CacheStore } from '../../platform/cache/cache.port.js';
import type { JobQueue } from '../../platform/queue/queue.port.js';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import type { PasswordHasher } from '../identity/password-hasher.js';
import type { SessionService } from '../identity/session.service.js';
import type { MediaService } from '../media/media.service.js';
import type { AccountDeletionRepository } from './account-deletion.repository.js';
import { AccountDeletionService } from './account-deletion.service.js';

const userId = '11111111-1111-4111-8111-111111111111';
const caller: Caller = { userId, role: 'member', sessionId: 's1' };
const input = { password: 'right', confirmation: 'HESABIMI SIL' as const };

beforeAll(() => Logger.overrideLogger(false));

function setup(options: { storageDown?: boolean } = {}) {
  const repository = {
    findCredentials: vi.fn(async () => ({ id: userId, role: 'member', status: 'active', passwordHash: 'h' })),
    eraseMember: vi.fn(async () => ({ avatarKey: `${userId}/a.webp`, counts: { users: 1, consents: 2 } })),
    recordDeletion: vi.fn(async () => true),
  };
  const storage = {
    delete: vi.fn(async () => {
      if (options.storageDown) throw new Error('storage is down');
    }),
    list: vi.fn(async () => []),
  };
  const sessions = { revokeAllForUser: vi.fn(async () => 2) };
  const queue = { enqueue: vi.fn(async () => 'job') };
  const media = { deleteAllOf: vi.fn(async () => 3) };
  const service = new AccountDeletionService(
    repository as unknown as AccountDeletionRepository,
    { verify: async (_hash: string, password: string) => password === 'right' } as PasswordHasher,
    sessions as unknown as SessionService,
    storage as unknown as ObjectStorage,
    { increment: async () => ({ count: 1, resetInSeconds: 900 }) } as unknown as CacheStore,
    queue as unknown as JobQueue,
    media as unknown as MediaService,
  );
  return { service, repository, storage, sessions, queue, media };
}

describe('account deletion steps', () => {
  it('ends sessions and records the deletion with counts after the transaction', async () => {
    const { service, repository, sessions, queue } = setup();
    await service.deleteAccount(caller, input);
    expect(sessions.revokeAllForUser).toHaveBeenCalledWith(userId);
    const [record] = repository.recordDeletion.mock.calls[0] as unknown as [{ summary: string }];
    expect(JSON.parse(record.summary)).toEqual({
      users: 1,
      consents: 2,
      avatar: true,
      exportFiles: 0,
      images: 3,
      sessions: 2,
    });
    expect(queue.enqueue).not.toHaveBeenCalled();
  });

  it('queues the remaining steps for retry when they fail after the transaction, instead of failing the request', async () => {
    const { service, repository, queue } = setup({ storageDown: true });
    await expect(service.deleteAccount(caller, input)).resolves.toBeUndefined();
    expect(repository.recordDeletion).not.toHaveBeenCalled();
    expect(queue.enqueue).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'finish-account-deletion' }),
      {
        userId,
        requestedAt: expect.any(String),
        avatarKey: `${userId}/a.webp`,
        counts: { users: 1, consents: 2 },
      },
      { jobId: userId },
    );
  });

  it('refuses staff before looking at the password', async () => {
    const { service, repository } = setup();
    await expect(service.deleteAccount({ ...caller, role: 'admin' }, input)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(repository.findCredentials).not.toHaveBeenCalled();
  });

  it('changes nothing when the password is wrong', async () => {
    const { service, repository } = setup();
    await expect(service.deleteAccount(caller, { ...input, password: 'wrong' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(repository.eraseMember).not.toHaveBeenCalled();
  });
});
