import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  listingCardSchema,
  type MyListingsQuery,
  myListingsQuerySchema,
  ownListingSchema,
  pageSchema,
} from '@tarodan/contracts';
import { Authenticated } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { FavoriteService } from './favorite.service.js';
import { ListingBrowseService } from './listing-browse.service.js';
import { type PageQuery, pageQuery } from './listing-http.schemas.js';

@ApiTags('listings')
@ApiBearerAuth()
@Controller('v1/me')
export class MeListingsController {
  constructor(
    private readonly browsing: ListingBrowseService,
    private readonly favorites: FavoriteService,
  ) {}

  @Get('listings')
  @Authenticated()
  @ApiOkResponse({ schema: openApiSchema(pageSchema(ownListingSchema)) })
  listings(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(myListingsQuerySchema)) query: MyListingsQuery,
  ) {
    return this.browsing.mine(caller, query);
  }

  @Get('favorites')
  @Authenticated()
  @ApiOkResponse({ schema: openApiSchema(pageSchema(listingCardSchema)) })
  favoriteListings(@CurrentCaller() caller: Caller, @Query(new ZodPipe(pageQuery)) query: PageQuery) {
    return this.favorites.list(caller, query);
  }
}
