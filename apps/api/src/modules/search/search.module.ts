import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ListingsModule } from '../listings/listings.module.js';
import { SearchController } from './search.controller.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';
import { SearchIndexingModule } from './search-indexing.module.js';
import { ZeroResultRepository } from './zero-result.repository.js';
import { ZeroResultAdminController } from './zero-result-admin.controller.js';
import { ZeroResultAdminService } from './zero-result-admin.service.js';

/** Buyers' search: REST `GET /v1/search` and `/v1/search/suggest`, GraphQL `search` and `searchSuggestions`. */
@Module({
  imports: [SearchIndexingModule, CatalogModule, ListingsModule, AuditModule],
  controllers: [SearchController, ZeroResultAdminController],
  providers: [SearchService, SearchResolver, ZeroResultRepository, ZeroResultAdminService],
  exports: [SearchService],
})
export class SearchModule {}
