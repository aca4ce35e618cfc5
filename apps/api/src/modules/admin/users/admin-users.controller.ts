import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  adminRoleChangeRequestSchema,
  adminStatusChangeRequestSchema,
  adminUserDetailResponseSchema,
  adminUserListQuerySchema,
  adminUserListResponseSchema,
  auditEntrySchema,
} from '@tarodan/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Roles } from '../../../platform/auth/access-policy.js';
import type { Caller } from '../../../platform/auth/caller.js';
import { CurrentCaller } from '../../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../../platform/http/openapi.js';
import { originOf } from '../../../platform/http/request-origin.js';
import { AuditLogService } from '../../audit/audit-log.service.js';
import { AdminUsersService } from './admin-users.service.js';

const userParams = z.object({ id: z.uuid({ message: 'must be a user id' }) });
const auditQuery = z
  .object({
    targetType: z.string().max(40).optional(),
    targetId: z.string().max(100).optional(),
    page: z.coerce.number().int().min(1).max(1000, 'must be at most 1000').default(1),
  })
  .strict();

type Params = z.output<typeof userParams>;

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/v1')
export class AdminUsersController {
  constructor(
    private readonly users: AdminUsersService,
    private readonly audit: AuditLogService,
  ) {}

  @Get('users')
  @Roles('admin', 'moderator')
  @ApiOkResponse({ schema: openApiSchema(adminUserListResponseSchema) })
  list(@Query(new ZodPipe(adminUserListQuerySchema)) query: z.output<typeof adminUserListQuerySchema>) {
    return this.users.list(query);
  }

  @Get('users/:id')
  @Roles('admin', 'moderator')
  @ApiOkResponse({ schema: openApiSchema(adminUserDetailResponseSchema) })
  detail(@Param(new ZodPipe(userParams)) params: Params) {
    return this.users.detail(params.id);
  }

  @Post('users/:id/suspend')
  @HttpCode(200)
  @Roles('admin', 'moderator')
  @ApiOkResponse({ schema: openApiSchema(adminUserDetailResponseSchema) })
  suspend(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(userParams)) params: Params,
    @Body(new ZodPipe(adminStatusChangeRequestSchema)) body: z.output<typeof adminStatusChangeRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.users.suspend(caller, originOf(req), params.id, body.reason);
  }

  @Post('users/:id/ban')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ schema: openApiSchema(adminUserDetailResponseSchema) })
  ban(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(userParams)) params: Params,
    @Body(new ZodPipe(adminStatusChangeRequestSchema)) body: z.output<typeof adminStatusChangeRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.users.ban(caller, originOf(req), params.id, body.reason);
  }

  @Post('users/:id/reinstate')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ schema: openApiSchema(adminUserDetailResponseSchema) })
  reinstate(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(userParams)) params: Params,
    @Req() req: FastifyRequest,
  ) {
    return this.users.reinstate(caller, originOf(req), params.id);
  }

  @Put('users/:id/role')
  @Roles('admin')
  @ApiOkResponse({ schema: openApiSchema(adminUserDetailResponseSchema) })
  setRole(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(userParams)) params: Params,
    @Body(new ZodPipe(adminRoleChangeRequestSchema)) body: z.output<typeof adminRoleChangeRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.users.setRole(caller, originOf(req), params.id, body.role);
  }

  @Get('audit-log')
  @Roles('admin')
  @ApiOkResponse({ schema: openApiSchema(z.object({ items: z.array(auditEntrySchema) })) })
  async auditLog(@Query(new ZodPipe(auditQuery)) query: z.output<typeof auditQuery>) {
    return { items: await this.audit.list({ ...query, pageSize: 50 }) };
  }
}
