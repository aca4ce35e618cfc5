import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  attributeDefinitionSchema,
  attributeKeySchema,
  categoryAttributesResponseSchema,
  type PutCategoryAttributes,
  putCategoryAttributesSchema,
  type UpsertAttributeDefinition,
  upsertAttributeDefinitionSchema,
} from '@tarodan/contracts';
import { z } from 'zod';
import { Public, Roles } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { CategoryAttributeService } from './category-attribute.service.js';
import { type LocaleQuery, localeQuery } from './listing-http.schemas.js';

const slugParams = z.object({ slug: z.string().min(1).max(120) });
const categoryParams = z.object({ id: z.uuid({ message: 'must be a category id' }) });
const keyParams = z.object({ key: attributeKeySchema });

@ApiTags('catalog')
@Controller()
export class CategoryAttributesController {
  constructor(private readonly attributes: CategoryAttributeService) {}

  @Get('v1/categories/:slug/attributes')
  @Public()
  @ApiOkResponse({ schema: openApiSchema(categoryAttributesResponseSchema) })
  forCategory(
    @Param(new ZodPipe(slugParams)) params: z.output<typeof slugParams>,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
  ) {
    return this.attributes.forCategory(params.slug, query.locale);
  }

  @Get('admin/v1/attributes')
  @Roles('admin', 'moderator')
  @ApiBearerAuth()
  @ApiOkResponse({ schema: openApiSchema(z.object({ items: z.array(attributeDefinitionSchema) })) })
  async definitions(@CurrentCaller() caller: Caller) {
    return { items: await this.attributes.definitions(caller) };
  }

  @Put('admin/v1/attributes/:key')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ schema: openApiSchema(z.object({ attribute: attributeDefinitionSchema })) })
  async define(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(keyParams)) params: z.output<typeof keyParams>,
    @Body(new ZodPipe(upsertAttributeDefinitionSchema)) body: UpsertAttributeDefinition,
  ) {
    return { attribute: await this.attributes.defineAttribute(caller, params.key, body) };
  }

  @Put('admin/v1/categories/:id/attributes')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ schema: openApiSchema(categoryAttributesResponseSchema) })
  setForCategory(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(categoryParams)) params: z.output<typeof categoryParams>,
    @Body(new ZodPipe(putCategoryAttributesSchema)) body: PutCategoryAttributes,
    @Query(new ZodPipe(localeQuery)) query: LocaleQuery,
  ) {
    return this.attributes.setCategoryAttributes(caller, params.id, body, query.locale);
  }
}
