import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { BackupsModule } from './modules/backups/backups.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { MediaModule } from './modules/media/media.module.js';
import { PrivacyModule } from './modules/privacy/privacy.module.js';
import { SearchIndexingModule } from './modules/search/search-indexing.module.js';
import { SellingModule } from './modules/selling/selling.module.js';
import { LoggingModule } from './platform/logging/logging.module.js';
import { MetricsModule } from './platform/metrics/metrics.module.js';
import { PlatformModule } from './platform/platform.module.js';

/** What the worker process needs: configuration, logs, the platform ports, and every module that owns job handlers. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        PlatformModule,
        MetricsModule,
        BackupsModule,
        IdentityModule,
        MediaModule,
        PrivacyModule,
        SearchIndexingModule,
        SellingModule,
      ],
    };
  }
}
