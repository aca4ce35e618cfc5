import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { dataExportListResponseSchema, dataExportSchema } from '@tarodan/contracts';
import { z } from 'zod';
import { Authenticated } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { DataExportService } from './data-export.service.js';

const exportResponseSchema = z.object({ export: dataExportSchema });

@ApiTags('account')
@ApiBearerAuth()
@Controller('v1/account/data-exports')
export class DataExportsController {
  constructor(private readonly exports: DataExportService) {}

  @Post()
  @HttpCode(202)
  @Authenticated()
  @ApiAcceptedResponse({
    description: 'A job builds the archive and e-mails the member when it is ready',
    schema: openApiSchema(exportResponseSchema),
  })
  @ApiTooManyRequestsResponse({
    description: 'An export is still pending, or 3 were requested in the last 24 hours (see Retry-After)',
  })
  async request(@CurrentCaller() caller: Caller) {
    return { export: await this.exports.request(caller) };
  }

  @Get()
  @Authenticated()
  @ApiOkResponse({
    description: 'Newest first; ready, unexpired exports carry a download URL valid for 15 minutes',
    schema: openApiSchema(dataExportListResponseSchema),
  })
  list(@CurrentCaller() caller: Caller) {
    return this.exports.list(caller);
  }
}
