import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { brandSchema, type ListBrandsQuery, listBrandsQuerySchema } from '@tarodan/contracts';
import type { z } from 'zod';
import { Public } from '../../platform/auth/access-policy.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { brandPageResponse, idOrSlugParamsSchema } from './catalog.schemas.js';
import { CatalogService } from './catalog.service.js';

@ApiTags('catalog')
@Controller('v1/brands')
export class BrandsController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @Public()
  @ApiQuery({ name: 'q', required: false, description: 'Part of the brand name' })
  @ApiQuery({ name: 'limit', required: false, example: 100 })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiOkResponse({ description: 'Brands in name order', schema: openApiSchema(brandPageResponse) })
  list(@Query(new ZodPipe(listBrandsQuerySchema)) query: ListBrandsQuery) {
    return this.catalog.brands(query);
  }

  @Get(':idOrSlug')
  @Public()
  @ApiParam({ name: 'idOrSlug', example: 'hot-wheels' })
  @ApiOkResponse({ schema: openApiSchema(brandSchema) })
  brand(@Param(new ZodPipe(idOrSlugParamsSchema)) params: z.infer<typeof idOrSlugParamsSchema>) {
    return this.catalog.brand(params.idOrSlug);
  }
}
