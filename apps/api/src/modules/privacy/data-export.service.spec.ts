import { describe, expect, it, vi } from 'vitest';
import type { JobQueue } from '../../platform/queue/queue.port.js';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import type { DataExportRepository, DataExportRow } from './data-export.repository.js';
import { DataExportService } from './data-export.service.js';

const caller = { userId: '11111111-1111-4111-8111-111111111111', role: 'member' as const, sessionId: 's' };
const row: DataExportRow = {
  id: '22222222-2222-4222-8222-222222222222',
  userId: caller.userId,
  status: 'pending',
  objectKey: null,
  failureReason: null,
  requestedAt: new Date(),
  completedAt: null,
  expiresAt: null,
};

describe('requesting a data export', () => {
  it('fails the export at once and answers 503 when its job cannot be queued, so it blocks nothing', async () => {
    const exports = {
      createUnlessRefused: vi.fn(async () => ({ row })),
      markFailed: vi.fn(async () => true),
    };
    const queue = {
      enqueue: vi.fn(async () => {
        throw new Error('Redis is unreachable');
      }),
    };
    const service = new DataExportService(
      exports as unknown as DataExportRepository,
      queue as unknown as JobQueue,
      {} as ObjectStorage,
    );
    await expect(service.request(caller)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(exports.markFailed).toHaveBeenCalledWith(
      row.id,
      expect.stringContaining('Redis'),
      expect.any(Date),
    );
  });
});
