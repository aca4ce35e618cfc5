import { Injectable } from '@nestjs/common';
import { type DataExport, ErrorCode } from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import { JobQueue } from '../../platform/queue/queue.port.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { DATA_EXPORT_POLICY, type ExportRefusal, refuseExportRequest } from './data-export.policy.js';
import { DataExportRepository, type DataExportRow } from './data-export.repository.js';
import { buildDataExportJob } from './privacy.jobs.js';
import { toDataExport } from './privacy.mapper.js';

/** A member's requests for a copy of their data (KVKK article 11): REST and GraphQL both come here. */
@Injectable()
export class DataExportService {
  constructor(
    private readonly exports: DataExportRepository,
    private readonly queue: JobQueue,
    private readonly storage: ObjectStorage,
  ) {}

  /** Records the request and queues the job that builds the archive; the member is e-mailed when it is ready. */
  async request(caller: Caller): Promise<DataExport> {
    const now = new Date();
    const since = new Date(now.getTime() - DATA_EXPORT_POLICY.windowMs);
    const result = await this.exports.createUnlessRefused(caller.userId, since, (state) =>
      refuseExportRequest(state, now),
    );
    if ('refusal' in result) throw refusalError(result.refusal);
    const { row } = result;
    try {
      await this.queue.enqueue(buildDataExportJob, { exportId: row.id }, { jobId: row.id });
    } catch (error) {
      // Without its job the export would block new requests until the cleanup gives up on it: fail it now.
      await this.exports.markFailed(
        row.id,
        `Could not queue the job: ${(error as Error).message}`,
        new Date(),
      );
      throw new AppError(
        ErrorCode.ServiceUnavailable,
        'Your data export could not be started; please try again in a few minutes',
      );
    }
    return toDataExport(row, null);
  }

  /** The member's exports, newest first; ready, unexpired ones carry a download URL valid for 15 minutes. */
  async list(caller: Caller): Promise<{ items: DataExport[] }> {
    const rows = await this.exports.listForUser(caller.userId, DATA_EXPORT_POLICY.listLimit);
    const now = Date.now();
    const items = await Promise.all(
      rows.map(async (row) => toDataExport(row, await this.downloadUrl(row, now))),
    );
    return { items };
  }

  private async downloadUrl(row: DataExportRow, now: number): Promise<string | null> {
    if (row.status !== 'ready' || !row.objectKey || !row.expiresAt || row.expiresAt.getTime() <= now)
      return null;
    return this.storage.signedUrl('documents', row.objectKey, {
      expiresInSeconds: DATA_EXPORT_POLICY.downloadUrlSeconds,
    });
  }
}

function refusalError(refusal: ExportRefusal): AppError {
  switch (refusal.reason) {
    case 'account-closed':
      return new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    case 'pending':
      return new AppError(
        ErrorCode.RateLimited,
        'Your previous data export is still being prepared; you will get an e-mail when it is ready',
        undefined,
        { 'retry-after': String(refusal.retryAfterSeconds) },
      );
    case 'daily-limit':
      return new AppError(
        ErrorCode.RateLimited,
        `You can request at most ${DATA_EXPORT_POLICY.dailyLimit} data exports a day; try again in ${formatWait(refusal.retryAfterSeconds)}`,
        undefined,
        { 'retry-after': String(refusal.retryAfterSeconds) },
      );
  }
}

function formatWait(seconds: number): string {
  if (seconds < 120) return `${seconds} seconds`;
  if (seconds < 7200) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
}
