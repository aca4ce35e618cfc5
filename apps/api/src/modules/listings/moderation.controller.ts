import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  moderationQueueItemSchema,
  moderationQueueQuerySchema,
  ownListingResponseSchema,
  pageSchema,
  type RejectListing,
  rejectListingSchema,
} from '@tarodan/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Roles } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { originOf } from '../../platform/http/request-origin.js';
import { type ListingParams, type LocaleQuery, listingParams, localeQuery } from './listing-http.schemas.js';
import { ListingLifecycleService } from './listing-lifecycle.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/v1/moderation/listings')
export class ModerationController {
  constructor(private readonly lifecycle: ListingLifecycleService) {}

  @Get()
  @Roles('admin', 'moderator')
  @ApiOkResponse({ schema: openApiSchema(pageSchema(moderationQueueItemSchema)) })
  queue(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(moderationQueueQuerySchema)) query: z.output<typeof moderationQueueQuerySchema>,
  ) {
    return this.lifecycle.reviewQueue(caller, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('admin', 'moderator')
  @ApiOkResponse({ schema: openApiSchema(ownListingResponseSchema) })
  async approve(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(listingParams)) params: ListingParams,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
    @Req() req: FastifyRequest,
  ) {
    return { listing: await this.lifecycle.approve(caller, originOf(req), params.id, query.locale) };
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin', 'moderator')
  @ApiOkResponse({ schema: openApiSchema(ownListingResponseSchema) })
  async reject(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(listingParams)) params: ListingParams,
    @Body(new ZodPipe(rejectListingSchema)) body: RejectListing,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
    @Req() req: FastifyRequest,
  ) {
    return {
      listing: await this.lifecycle.reject(caller, originOf(req), params.id, body.reason, query.locale),
    };
  }
}
