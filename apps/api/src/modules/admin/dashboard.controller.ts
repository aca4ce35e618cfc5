import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { categoryCountSchema, localeQuerySchema } from '@tarodan/contracts';
import { z } from 'zod';
import { Roles } from '../../platform/auth/access-policy.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { CatalogService } from '../catalog/catalog.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/v1/dashboard')
@Roles('admin', 'moderator')
export class DashboardController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('category-counts')
  @ApiOkResponse({ schema: openApiSchema(z.object({ items: z.array(categoryCountSchema) })) })
  async categoryCounts(@Query(new ZodPipe(localeQuerySchema)) query: z.infer<typeof localeQuerySchema>) {
    return { items: await this.catalog.categoryCounts(query.locale) };
  }
}
