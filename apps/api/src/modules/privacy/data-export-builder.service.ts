import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { FieldCipher, FieldCipherError } from '../../platform/crypto/field-cipher.js';
import { Mailer, PermanentMailError } from '../../platform/mail/mail.port.js';
import { type JobContext, JobQueue, PermanentJobError } from '../../platform/queue/queue.port.js';
import { ObjectStorage } from '../../platform/storage/storage.port.js';
import { DATA_EXPORT_POLICY, exportObjectKey } from './data-export.policy.js';
import { DataExportRepository } from './data-export.repository.js';
import { buildDataExportArchive, type ExportedAvatar } from './data-export-archive.js';
import { dataExportReadyMail } from './data-export-mail.js';
import { toMemberDataExport } from './member-data.mapper.js';
import { MemberDataRepository } from './member-data.repository.js';
import { buildDataExportJob, dataExportReadyMailJob } from './privacy.jobs.js';

/**
 * The job side of data exports. Both handlers are idempotent (BullMQ delivers at least once): a ready export is not
 * rebuilt, a vanished one is skipped, and the archive is written under a fixed key, so a rerun replaces it.
 */
@Injectable()
export class DataExportBuilder {
  private readonly logger = new Logger('DataExportBuilder');

  constructor(
    private readonly exports: DataExportRepository,
    private readonly memberData: MemberDataRepository,
    private readonly cipher: FieldCipher,
    private readonly storage: ObjectStorage,
    private readonly queue: JobQueue,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  /** `maintenance/build-data-export`: gather, zip, store, mark ready, queue the e-mail. */
  async build(exportId: string, ctx: JobContext): Promise<void> {
    const row = await this.exports.findById(exportId);
    if (!row) return; // the account was deleted meanwhile, and its exports with it
    if (row.status === 'failed') return;
    if (row.status === 'ready') {
      // A rerun after "mark ready" succeeded but queuing the e-mail did not: the jobId keeps it to one e-mail.
      await this.queueReadyMail(exportId);
      return;
    }
    try {
      await this.buildPending(exportId, row.userId);
    } catch (error) {
      // Retrying cannot fix a token that does not decrypt; anything else gets the job's remaining attempts.
      const permanent = error instanceof PermanentJobError || error instanceof FieldCipherError;
      if (permanent || ctx.attempt >= buildDataExportJob.attempts) {
        await this.exports.markFailed(exportId, failureReason(error), new Date());
        this.logger.error(`Data export ${exportId} failed: ${failureReason(error)}`);
      }
      throw permanent && !(error instanceof PermanentJobError)
        ? new PermanentJobError(failureReason(error), { cause: error })
        : error;
    }
  }

  private async buildPending(exportId: string, userId: string): Promise<void> {
    const rows = await this.memberData.gather(userId);
    if (!rows || rows.user.status === 'deleted') {
      throw new PermanentJobError('The account no longer exists');
    }
    const completedAt = new Date();
    const avatar = rows.user.avatarKey ? await this.avatar(rows.user.avatarKey) : null;
    const archive = buildDataExportArchive(toMemberDataExport(rows, this.cipher), avatar, completedAt);
    const objectKey = exportObjectKey(userId, exportId);
    await this.storage.put('documents', objectKey, Buffer.from(archive), { contentType: 'application/zip' });
    const expiresAt = new Date(completedAt.getTime() + DATA_EXPORT_POLICY.keepArchiveMs);
    const marked = await this.exports.markReady(exportId, { objectKey, completedAt, expiresAt });
    if (!marked) {
      // Deleted (with the account) while we were building: do not leave the archive behind.
      await this.storage.delete('documents', objectKey);
      return;
    }
    await this.queueReadyMail(exportId);
  }

  private async avatar(key: string): Promise<ExportedAvatar | null> {
    const object = await this.storage.get('avatars', key);
    return object ? { body: object.body, contentType: object.contentType } : null;
  }

  private queueReadyMail(exportId: string): Promise<string> {
    return this.queue.enqueue(dataExportReadyMailJob, { exportId }, { jobId: exportId });
  }

  /** `email/data-export-ready`. Skipped when the export is gone, not ready, or the account was deleted. */
  async sendReadyMail(exportId: string): Promise<void> {
    const found = await this.exports.findWithRecipient(exportId);
    if (!found || found.memberStatus === 'deleted') return;
    const { export: row } = found;
    if (row.status !== 'ready' || !row.expiresAt) return;
    const message = dataExportReadyMail({
      to: found.email,
      displayName: found.displayName,
      accountUrl: `${this.config.webUrl}/hesabim#veri`,
      expiresAt: row.expiresAt,
    });
    try {
      await this.mailer.send(message);
    } catch (error) {
      if (error instanceof PermanentMailError) throw new PermanentJobError(error.message, { cause: error });
      throw error;
    }
  }
}

function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message || 'Unknown error').slice(0, 500);
}
