import { Controller, Delete, Get, HttpCode, Param, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  searchInsightsRoles,
  zeroResultListQuerySchema,
  zeroResultListResponseSchema,
  zeroResultParamsSchema,
} from '@tarodan/contracts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Roles } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { originOf } from '../../platform/http/request-origin.js';
import { ZeroResultAdminService } from './zero-result-admin.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/v1/search/zero-results')
export class ZeroResultAdminController {
  constructor(private readonly zeroResults: ZeroResultAdminService) {}

  @Get()
  @Roles(...searchInsightsRoles)
  @ApiOperation({ summary: 'Searches that found nothing, most searched (or most recent) first' })
  @ApiOkResponse({ schema: openApiSchema(zeroResultListResponseSchema) })
  list(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(zeroResultListQuerySchema)) query: z.output<typeof zeroResultListQuerySchema>,
  ) {
    return this.zeroResults.list(caller, query);
  }

  @Delete(':query')
  @HttpCode(204)
  @Roles(...searchInsightsRoles)
  @ApiOperation({ summary: 'Marks a zero-result query handled: removes it and writes the audit log' })
  @ApiNoContentResponse({ description: 'Removed' })
  resolve(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(zeroResultParamsSchema)) params: z.output<typeof zeroResultParamsSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.zeroResults.resolve(caller, originOf(req), params.query);
  }
}
