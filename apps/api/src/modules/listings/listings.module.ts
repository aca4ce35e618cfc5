import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { MediaModule } from '../media/media.module.js';
import { AttributeRepository } from './attribute.repository.js';
import { CategoryAttributeService } from './category-attribute.service.js';
import { CategoryAttributesController } from './category-attributes.controller.js';
import { FavoriteRepository } from './favorite.repository.js';
import { FavoriteService } from './favorite.service.js';
import { ListingRepository } from './listing.repository.js';
import { ListingService } from './listing.service.js';
import { ListingBrowseService } from './listing-browse.service.js';
import { ListingDecisionMail } from './listing-decision-mail.js';
import { ListingLifecycleService } from './listing-lifecycle.service.js';
import { ListingViews } from './listing-views.service.js';
import { ListingsController } from './listings.controller.js';
import { AttributeValuesScalar } from './listings.graphql-types.js';
import { ListingsMetrics } from './listings.metrics.js';
import { ListingsResolver } from './listings.resolver.js';
import { MeListingsController } from './me-listings.controller.js';
import { ModerationController } from './moderation.controller.js';
import { StorefrontController } from './storefront.controller.js';

@Module({
  imports: [CatalogModule, IdentityModule, MediaModule, AuditModule],
  controllers: [
    ListingsController,
    MeListingsController,
    StorefrontController,
    ModerationController,
    CategoryAttributesController,
  ],
  providers: [
    ListingRepository,
    FavoriteRepository,
    AttributeRepository,
    CategoryAttributeService,
    ListingViews,
    ListingService,
    ListingLifecycleService,
    ListingDecisionMail,
    ListingBrowseService,
    FavoriteService,
    ListingsResolver,
    AttributeValuesScalar,
    ListingsMetrics,
  ],
  exports: [
    ListingService,
    ListingLifecycleService,
    CategoryAttributeService,
    ListingRepository,
    ListingViews,
  ],
})
export class ListingsModule {}
