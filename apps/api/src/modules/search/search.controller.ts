import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type SearchRequest,
  type SuggestRequest,
  searchQuerySchema,
  searchResponseSchema,
  suggestQuerySchema,
  suggestResponseSchema,
} from '@tarodan/contracts';
import { Public } from '../../platform/auth/access-policy.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { SearchService } from './search.service.js';

@ApiTags('search')
@Controller('v1/search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Full-text search over active listings with filters, facets (each counted without its own filter) and sorting; 400 names a bad parameter',
  })
  @ApiOkResponse({ schema: openApiSchema(searchResponseSchema) })
  search(@Query(new ZodPipe(searchQuerySchema)) query: SearchRequest) {
    return this.searchService.search(query);
  }

  @Get('suggest')
  @Public()
  @ApiOperation({ summary: 'Autocomplete: brands, series and titles for a prefix' })
  @ApiOkResponse({ schema: openApiSchema(suggestResponseSchema) })
  suggest(@Query(new ZodPipe(suggestQuerySchema)) query: SuggestRequest) {
    return this.searchService.suggest(query);
  }
}
