import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  mediaImageParamsSchema,
  mediaImageResponseSchema,
  uploadImageQuerySchema,
  variantFileParamsSchema,
} from '@tarodan/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Authenticated, Public } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { MediaService } from './media.service.js';
import { IMMUTABLE_CACHE_CONTROL } from './media-storage.js';

@ApiTags('media')
@Controller('v1/media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Post('images')
  @HttpCode(202)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Upload a listing photo as the raw request body (at most 15 MB)',
    description:
      'JPEG, PNG, WebP or AVIF, checked by its bytes; the shorter side at least 200 px, at most 12 000 px a side and ' +
      '50 megapixels. Answers 202 with the image `pending`; poll GET /v1/media/images/{id} until it is `ready` ' +
      '(variant URLs) or `failed` (`failureReason`).',
  })
  @ApiConsumes('image/jpeg', 'image/png', 'image/webp', 'image/avif')
  @ApiAcceptedResponse({ schema: openApiSchema(mediaImageResponseSchema) })
  async upload(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(uploadImageQuerySchema)) query: z.output<typeof uploadImageQuerySchema>,
    @Req() req: FastifyRequest,
  ) {
    return { image: await this.media.uploadImage(caller, query.kind, req.body, req.headers['content-type']) };
  }

  @Get('images/:id')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ schema: openApiSchema(mediaImageResponseSchema) })
  async get(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(mediaImageParamsSchema)) params: z.output<typeof mediaImageParamsSchema>,
  ) {
    return { image: await this.media.get(caller, params.id) };
  }

  @Get('v/:assetId/:file')
  @Public()
  @ApiOperation({ summary: 'A public, immutable image variant, e.g. 640.avif, 640.webp or 640.jpg' })
  @ApiProduces('image/avif', 'image/webp', 'image/jpeg')
  async variant(
    @Param(new ZodPipe(variantFileParamsSchema)) params: z.output<typeof variantFileParamsSchema>,
    @Res() reply: FastifyReply,
  ) {
    const file = await this.media.variantFile(params.assetId, params.file);
    reply
      .header('content-type', file.contentType)
      .header('content-length', file.body.length)
      .header('cache-control', IMMUTABLE_CACHE_CONTROL)
      .header('x-content-type-options', 'nosniff')
      .header('cross-origin-resource-policy', 'cross-origin')
      .send(file.body);
  }
}
