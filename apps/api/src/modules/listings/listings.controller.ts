import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type BrowseListingsQuery,
  browseListingsQuerySchema,
  type CreateListing,
  createListingSchema,
  listingCardSchema,
  listingDetailSchema,
  listingHistorySchema,
  ownListingResponseSchema,
  pageSchema,
  type UpdateListing,
  updateListingSchema,
} from '@tarodan/contracts';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Authenticated, Public } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { FavoriteService } from './favorite.service.js';
import { ListingService } from './listing.service.js';
import { ListingBrowseService } from './listing-browse.service.js';
import {
  type ListingParams,
  type LocaleQuery,
  listingParams,
  localeQuery,
  type SellerActionParams,
  sellerActionParams,
} from './listing-http.schemas.js';
import { ListingLifecycleService } from './listing-lifecycle.service.js';

@ApiTags('listings')
@Controller('v1/listings')
export class ListingsController {
  constructor(
    private readonly listings: ListingService,
    private readonly lifecycle: ListingLifecycleService,
    private readonly browsing: ListingBrowseService,
    private readonly favorites: FavoriteService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'Active listings of a category (with its subcategories) and/or a seller, as cards',
  })
  @ApiOkResponse({ schema: openApiSchema(pageSchema(listingCardSchema)) })
  browse(@Query(new ZodPipe(browseListingsQuerySchema)) query: BrowseListingsQuery) {
    return this.browsing.browse(query);
  }

  @Post()
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a draft listing' })
  @ApiOkResponse({ schema: openApiSchema(ownListingResponseSchema) })
  async create(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(createListingSchema)) body: CreateListing,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
  ) {
    return { listing: await this.listings.create(caller, body, query.locale) };
  }

  @Get(':id')
  @Public()
  @ApiOperation({
    summary: "A listing's page: active and sold listings for everyone, any state for its seller",
  })
  @ApiOkResponse({ schema: openApiSchema(z.object({ listing: listingDetailSchema })) })
  async detail(
    @CurrentCaller() caller: Caller | null,
    @Param(new ZodPipe(listingParams)) params: ListingParams,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
  ) {
    return { listing: await this.browsing.detail(caller, params.id, query.locale) };
  }

  @Get(':id/edit')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: "The seller's (and staff's) editable view with findings and allowed actions" })
  @ApiOkResponse({ schema: openApiSchema(ownListingResponseSchema) })
  async edit(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(listingParams)) params: ListingParams,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
  ) {
    return { listing: await this.listings.editView(caller, params.id, query.locale) };
  }

  @Patch(':id')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ schema: openApiSchema(ownListingResponseSchema) })
  async update(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(listingParams)) params: ListingParams,
    @Body(new ZodPipe(updateListingSchema)) body: UpdateListing,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
  ) {
    return { listing: await this.listings.update(caller, params.id, body, query.locale) };
  }

  @Post(':id/:action')
  @HttpCode(200)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'publish, pause, resume, mark-sold or archive; 409 when the current state forbids it',
  })
  @ApiOkResponse({ schema: openApiSchema(ownListingResponseSchema) })
  async act(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(sellerActionParams)) params: SellerActionParams,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
  ) {
    return { listing: await this.lifecycle.act(caller, params.id, params.action, query.locale) };
  }

  @Delete(':id')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Delete a draft that never went live; archive anything else' })
  async remove(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(listingParams)) params: ListingParams,
    @Res() reply: FastifyReply,
  ) {
    await this.listings.remove(caller, params.id);
    await reply.status(204).send();
  }

  @Get(':id/history')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ schema: openApiSchema(listingHistorySchema) })
  history(@CurrentCaller() caller: Caller, @Param(new ZodPipe(listingParams)) params: ListingParams) {
    return this.listings.history(caller, params.id);
  }

  @Put(':id/favorite')
  @Authenticated()
  @ApiBearerAuth()
  favorite(@CurrentCaller() caller: Caller, @Param(new ZodPipe(listingParams)) params: ListingParams) {
    return this.favorites.add(caller, params.id);
  }

  @Delete(':id/favorite')
  @Authenticated()
  @ApiBearerAuth()
  unfavorite(@CurrentCaller() caller: Caller, @Param(new ZodPipe(listingParams)) params: ListingParams) {
    return this.favorites.remove(caller, params.id);
  }
}
