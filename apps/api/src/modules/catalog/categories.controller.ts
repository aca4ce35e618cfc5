import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { localeQuerySchema } from '@tarodan/contracts';
import type { z } from 'zod';
import { Public } from '../../platform/auth/access-policy.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { categoryDetailResponse, categoryListResponse, idOrSlugParamsSchema } from './catalog.schemas.js';
import { CatalogService } from './catalog.service.js';

@ApiTags('catalog')
@Controller('v1/categories')
export class CategoriesController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @Public()
  @ApiQuery({ name: 'locale', enum: ['tr', 'en'], required: false })
  @ApiOkResponse({
    description: 'The category tree, top level first',
    schema: openApiSchema(categoryListResponse),
  })
  async list(@Query(new ZodPipe(localeQuerySchema)) query: z.infer<typeof localeQuerySchema>) {
    return { items: await this.catalog.categoryTree(query.locale) };
  }

  @Get(':idOrSlug')
  @Public()
  @ApiParam({ name: 'idOrSlug', example: 'diecast-arabalar' })
  @ApiQuery({ name: 'locale', enum: ['tr', 'en'], required: false })
  @ApiOkResponse({
    description: 'A category with its subtree and breadcrumb path',
    schema: openApiSchema(categoryDetailResponse),
  })
  category(
    @Param(new ZodPipe(idOrSlugParamsSchema)) params: z.infer<typeof idOrSlugParamsSchema>,
    @Query(new ZodPipe(localeQuerySchema)) query: z.infer<typeof localeQuerySchema>,
  ) {
    return this.catalog.category(params.idOrSlug, query.locale);
  }
}
