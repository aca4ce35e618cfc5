import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { SellerOnboardingService } from '../selling/seller-onboarding.service.js';
import { SellingModule } from '../selling/selling.module.js';
import { DashboardController } from './dashboard.controller.js';
import { AdminUsersController } from './users/admin-users.controller.js';
import { AdminUsersResolver } from './users/admin-users.resolver.js';
import { AdminUsersService } from './users/admin-users.service.js';
import { SellerLookup } from './users/seller-lookup.js';

@Module({
  imports: [CatalogModule, IdentityModule, AuditModule, SellingModule],
  controllers: [DashboardController, AdminUsersController],
  providers: [
    AdminUsersService,
    AdminUsersResolver,
    { provide: SellerLookup, useExisting: SellerOnboardingService },
  ],
})
export class AdminModule {}
