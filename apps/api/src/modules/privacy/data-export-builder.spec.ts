import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../../config/app-config.js';
import { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Mailer } from '../../platform/mail/mail.port.js';
import { type JobQueue, PermanentJobError } from '../../platform/queue/queue.port.js';
import type { ObjectStorage } from '../../platform/storage/storage.port.js';
import type { DataExportRepository, DataExportRow } from './data-export.repository.js';
import { DataExportBuilder } from './data-export-builder.service.js';
import type { MemberDataRepository, MemberDataRows } from './member-data.repository.js';

const cipher = new FieldCipher({ keys: { k1: Buffer.alloc(32, 1) }, activeKeyId: 'k1' });
const exportId = '22222222-2222-4222-8222-222222222222';
const userId = '11111111-1111-4111-8111-111111111111';

beforeAll(() => Logger.overrideLogger(false));

function setup(options: { status?: DataExportRow['status']; putFails?: boolean; iban?: string } = {}) {
  const row: DataExportRow = {
    id: exportId,
    userId,
    status: options.status ?? 'pending',
    objectKey: null,
    failureReason: null,
    requestedAt: new Date(),
    completedAt: null,
    expiresAt: null,
  };
  const exports = {
    findById: vi.fn(async () => row),
    markReady: vi.fn(async () => true),
    markFailed: vi.fn(async () => true),
  };
  const data: MemberDataRows = {
    user: {
      id: userId,
      email: 'a@b.test',
      displayName: 'A',
      role: 'member',
      status: 'active',
      statusReason: null,
      mobile: null,
      city: null,
      bio: null,
      avatarKey: null,
      emailVerifiedAt: null,
      passwordChangedAt: null,
      mfaEnabledAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    },
    consents: [],
    seller: options.iban
      ? {
          type: 'PERSONAL',
          status: 'active',
          storeName: 's',
          contactName: 'c',
          contactSurname: 'c',
          legalCompanyTitle: null,
          taxOffice: null,
          identityNumberEncrypted: null,
          taxNumberEncrypted: null,
          ibanEncrypted: options.iban,
          address: 'a',
          city: 'c',
          phone: 'p',
          providerError: null,
          createdAt: new Date(),
          updatedAt: new Date(),
        }
      : null,
    tokens: [],
    audit: [],
    exports: [],
    listings: [],
    favorites: [],
  };
  const memberData = { gather: vi.fn(async () => data) };
  const storage = {
    put: vi.fn(async () => {
      if (options.putFails) throw new Error('storage is down');
    }),
    delete: vi.fn(async () => {}),
    get: vi.fn(async () => null),
  };
  const queue = { enqueue: vi.fn(async () => 'job') };
  const builder = new DataExportBuilder(
    exports as unknown as DataExportRepository,
    memberData as unknown as MemberDataRepository,
    cipher,
    storage as unknown as ObjectStorage,
    queue as unknown as JobQueue,
    {} as Mailer,
    { webUrl: 'http://web' } as AppConfig,
  );
  return { builder, exports, storage, queue };
}

describe('building a data export', () => {
  it('stores the archive, marks it ready for 7 days and queues one e-mail per export', async () => {
    const { builder, exports, storage, queue } = setup();
    await builder.build(exportId, { attempt: 1, jobId: 'j' });
    expect(storage.put).toHaveBeenCalledWith(
      'documents',
      `exports/${userId}/${exportId}.zip`,
      expect.any(Buffer),
      { contentType: 'application/zip' },
    );
    const [, ready] = exports.markReady.mock.calls[0] as unknown as [
      string,
      { completedAt: Date; expiresAt: Date },
    ];
    expect(ready.expiresAt.getTime() - ready.completedAt.getTime()).toBe(7 * 24 * 3_600_000);
    expect(queue.enqueue).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'data-export-ready' }),
      { exportId },
      {
        jobId: exportId,
      },
    );
  });

  it('keeps the export pending on the first two failures and marks it failed with the reason on the third', async () => {
    const { builder, exports } = setup({ putFails: true });
    await expect(builder.build(exportId, { attempt: 1, jobId: 'j' })).rejects.toThrow('storage is down');
    await expect(builder.build(exportId, { attempt: 2, jobId: 'j' })).rejects.toThrow('storage is down');
    expect(exports.markFailed).not.toHaveBeenCalled();
    await expect(builder.build(exportId, { attempt: 3, jobId: 'j' })).rejects.toThrow('storage is down');
    expect(exports.markFailed).toHaveBeenCalledWith(exportId, 'storage is down', expect.any(Date));
  });

  it('fails at once, without retries, when a seller identifier cannot be decrypted', async () => {
    const { builder, exports, storage } = setup({ iban: cipher.encrypt('TR33', 'buyer.phone') });
    await expect(builder.build(exportId, { attempt: 1, jobId: 'j' })).rejects.toBeInstanceOf(
      PermanentJobError,
    );
    expect(exports.markFailed).toHaveBeenCalledWith(
      exportId,
      expect.stringMatching(/seller\.iban/),
      expect.any(Date),
    );
    expect(storage.put).not.toHaveBeenCalled();
  });

  it('does not rebuild a ready export on a repeated delivery, only makes sure the e-mail is queued', async () => {
    const { builder, storage, queue } = setup({ status: 'ready' });
    await builder.build(exportId, { attempt: 1, jobId: 'j' });
    expect(storage.put).not.toHaveBeenCalled();
    expect(queue.enqueue).toHaveBeenCalledTimes(1);
  });

  it('removes the archive it just wrote when the export was deleted meanwhile', async () => {
    const { builder, exports, storage, queue } = setup();
    exports.markReady.mockResolvedValueOnce(false);
    await builder.build(exportId, { attempt: 1, jobId: 'j' });
    expect(storage.delete).toHaveBeenCalledWith('documents', `exports/${userId}/${exportId}.zip`);
    expect(queue.enqueue).not.toHaveBeenCalled();
  });
});
