import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ListingsModule } from '../listings/listings.module.js';
import { SearchController } from './search.controller.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';
import { SearchIndexingModule } from './search-indexing.module.js';
import { ZeroResultRepository } from './zero-result.repository.js';

/** Buyers' search: REST `GET /v1/search` and `/v1/search/suggest`, GraphQL `search` and `searchSuggestions`. */
@Module({
  imports: [SearchIndexingModule, CatalogModule, ListingsModule],
  controllers: [SearchController],
  providers: [SearchService, SearchResolver, ZeroResultRepository],
  exports: [SearchService],
})
export class SearchModule {}
