import { Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../platform/queue/queue.port.js';
import { IdentityModule } from '../identity/identity.module.js';
import { MediaModule } from '../media/media.module.js';
import { AccountDeletionController } from './account-deletion.controller.js';
import { AccountDeletionRepository } from './account-deletion.repository.js';
import { AccountDeletionService } from './account-deletion.service.js';
import { DataExportRepository } from './data-export.repository.js';
import { DataExportService } from './data-export.service.js';
import { DataExportBuilder } from './data-export-builder.service.js';
import { DataExportCleanup } from './data-export-cleanup.service.js';
import { DataExportsController } from './data-exports.controller.js';
import { MemberDataRepository } from './member-data.repository.js';
import {
  buildDataExportJob,
  dataExportCleanupJob,
  dataExportReadyMailJob,
  finishAccountDeletionJob,
} from './privacy.jobs.js';
import { PrivacyResolver } from './privacy.resolver.js';

/**
 * KVKK rights of a member: a copy of their data (export job, e-mail, daily cleanup) and erasure of their account.
 * Import it in the API and in the worker: its job handlers run wherever the queues are processed.
 */
@Module({
  imports: [IdentityModule, MediaModule],
  controllers: [DataExportsController, AccountDeletionController],
  providers: [
    DataExportRepository,
    MemberDataRepository,
    AccountDeletionRepository,
    DataExportService,
    DataExportBuilder,
    DataExportCleanup,
    AccountDeletionService,
    PrivacyResolver,
  ],
  exports: [DataExportService, AccountDeletionService],
})
export class PrivacyModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(DataExportBuilder) private readonly builder: DataExportBuilder,
    @Inject(DataExportCleanup) private readonly cleanup: DataExportCleanup,
    @Inject(AccountDeletionService) private readonly deletions: AccountDeletionService,
  ) {}

  onModuleInit() {
    this.queue.register(buildDataExportJob, ({ exportId }, ctx) => this.builder.build(exportId, ctx));
    this.queue.register(dataExportReadyMailJob, ({ exportId }) => this.builder.sendReadyMail(exportId));
    this.queue.register(dataExportCleanupJob, async ({ date }) => {
      await this.cleanup.runScheduled(date, new Date());
    });
    this.queue.register(finishAccountDeletionJob, (followUp) => this.deletions.finish(followUp));
  }

  async onApplicationBootstrap() {
    // A queue outage must not stop the process from starting: the next start schedules it.
    await this.cleanup.scheduleNext(new Date()).catch((error: unknown) => {
      new Logger('PrivacyModule').error(
        `Could not schedule the data export cleanup: ${(error as Error).message}`,
      );
    });
  }
}
