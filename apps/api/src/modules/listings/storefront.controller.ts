import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { sitemapListingsQuerySchema, sitemapPageSchema, storefrontSchema } from '@tarodan/contracts';
import { z } from 'zod';
import { Public } from '../../platform/auth/access-policy.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { ListingBrowseService } from './listing-browse.service.js';

const sellerParams = z.object({ id: z.uuid({ message: 'must be a seller id' }) });

/** Public reads around listings: a seller's storefront header and the listing sitemap. */
@ApiTags('listings')
@Controller('v1')
export class StorefrontController {
  constructor(private readonly browsing: ListingBrowseService) {}

  @Get('sellers/:id')
  @Public()
  @ApiOkResponse({ schema: openApiSchema(storefrontSchema) })
  storefront(@Param(new ZodPipe(sellerParams)) params: z.output<typeof sellerParams>) {
    return this.browsing.storefront(params.id);
  }

  @Get('sitemap/listings')
  @Public()
  @ApiOkResponse({ schema: openApiSchema(sitemapPageSchema) })
  sitemap(
    @Query(new ZodPipe(sitemapListingsQuerySchema)) query: z.output<typeof sitemapListingsQuerySchema>,
  ) {
    return this.browsing.sitemap(query.page);
  }
}
