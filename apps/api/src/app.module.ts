import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { AdminModule } from './modules/admin/admin.module.js';
import { BackupsModule } from './modules/backups/backups.module.js';
import { CatalogModule } from './modules/catalog/catalog.module.js';
import { FilesModule } from './modules/files/files.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { ListingsModule } from './modules/listings/listings.module.js';
import { MediaModule } from './modules/media/media.module.js';
import { PrivacyModule } from './modules/privacy/privacy.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { SearchModule } from './modules/search/search.module.js';
import { SellingModule } from './modules/selling/selling.module.js';
import { AccessGuard } from './platform/auth/access.guard.js';
import { HealthController } from './platform/health/health.controller.js';
import { HealthService } from './platform/health/health.service.js';
import { LoggingModule } from './platform/logging/logging.module.js';
import { MetricsController } from './platform/metrics/metrics.controller.js';
import { MetricsModule } from './platform/metrics/metrics.module.js';
import { PlatformModule } from './platform/platform.module.js';

/** The committed GraphQL schema (diffed in review); regenerated whenever the API starts outside production. */
const schemaFile = join(import.meta.dirname, '..', 'schema.gql');

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        PlatformModule,
        MetricsModule,
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          path: '/graphql',
          graphiql: config.env === 'development',
          autoSchemaFile: config.isProduction ? true : schemaFile,
          sortSchema: true,
        }),
        IdentityModule,
        CatalogModule,
        AdminModule,
        RealtimeModule,
        FilesModule,
        BackupsModule,
        PrivacyModule,
        SellingModule,
        MediaModule,
        ListingsModule,
        SearchModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [HealthService, { provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
