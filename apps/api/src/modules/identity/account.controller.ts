import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  acceptedResponseSchema,
  accountResponseSchema,
  changeEmailRequestSchema,
  changePasswordRequestSchema,
  marketingConsentRequestSchema,
  sessionListResponseSchema,
  updateProfileRequestSchema,
} from '@tarodan/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Authenticated } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { originOf } from '../../platform/http/request-origin.js';
import { AccountService } from './account.service.js';
import { PasswordService } from './password.service.js';

const sessionParams = z.object({ id: z.uuid({ message: 'must be a session id' }) });

@ApiTags('account')
@ApiBearerAuth()
@Controller('v1/account')
export class AccountController {
  constructor(
    private readonly accounts: AccountService,
    private readonly passwords: PasswordService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ schema: openApiSchema(accountResponseSchema) })
  get(@CurrentCaller() caller: Caller) {
    return this.accounts.get(caller);
  }

  @Patch('profile')
  @Authenticated()
  @ApiOkResponse({ schema: openApiSchema(accountResponseSchema) })
  updateProfile(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(updateProfileRequestSchema)) body: z.output<typeof updateProfileRequestSchema>,
  ) {
    return this.accounts.updateProfile(caller, body);
  }

  @Put('avatar')
  @Authenticated()
  @ApiConsumes('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse({ schema: openApiSchema(accountResponseSchema) })
  setAvatar(@CurrentCaller() caller: Caller, @Req() req: FastifyRequest) {
    return this.accounts.setAvatar(caller, req.body, req.headers['content-type']);
  }

  @Delete('avatar')
  @Authenticated()
  @ApiOkResponse({ schema: openApiSchema(accountResponseSchema) })
  removeAvatar(@CurrentCaller() caller: Caller) {
    return this.accounts.removeAvatar(caller);
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  async changePassword(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(changePasswordRequestSchema)) body: z.output<typeof changePasswordRequestSchema>,
  ) {
    await this.passwords.change(caller, body);
  }

  @Post('email')
  @HttpCode(202)
  @Authenticated()
  @ApiOkResponse({ schema: openApiSchema(acceptedResponseSchema) })
  changeEmail(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(changeEmailRequestSchema)) body: z.output<typeof changeEmailRequestSchema>,
  ) {
    return this.accounts.changeEmail(caller, body);
  }

  @Put('consents/marketing')
  @Authenticated()
  @ApiOkResponse({ schema: openApiSchema(accountResponseSchema) })
  setMarketing(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(marketingConsentRequestSchema)) body: z.output<typeof marketingConsentRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.accounts.setMarketingConsent(caller, body.optIn, originOf(req));
  }

  @Get('sessions')
  @Authenticated()
  @ApiOkResponse({ schema: openApiSchema(sessionListResponseSchema) })
  async sessions(@CurrentCaller() caller: Caller) {
    return { items: await this.accounts.listSessions(caller) };
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @Authenticated()
  async revokeSession(
    @CurrentCaller() caller: Caller,
    @Param(new ZodPipe(sessionParams)) params: z.output<typeof sessionParams>,
  ) {
    await this.accounts.revokeSession(caller, params.id);
  }

  @Delete('sessions')
  @HttpCode(204)
  @Authenticated()
  async revokeOthers(@CurrentCaller() caller: Caller) {
    await this.accounts.revokeOtherSessions(caller);
  }
}
