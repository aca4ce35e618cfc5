import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  meResponseSchema,
  type SignInRequest,
  signInRequestSchema,
  signInResponseSchema,
} from '@tarodan/contracts';
import type { FastifyRequest } from 'fastify';
import { Authenticated, Public } from '../../platform/auth/access-policy.js';
import { bearerToken, type Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    description: 'A new session; send its token as `Authorization: Bearer`',
    schema: openApiSchema(signInResponseSchema),
  })
  signIn(@Body(new ZodPipe(signInRequestSchema)) body: SignInRequest, @Req() request: FastifyRequest) {
    const userAgent = request.headers['user-agent'];
    return this.auth.signIn(body, {
      ip: request.ip ?? null,
      userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 300) : null,
    });
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ schema: openApiSchema(meResponseSchema) })
  me(@CurrentCaller() caller: Caller) {
    return this.auth.me(caller);
  }

  @Post('sign-out')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  async signOut(@Req() request: FastifyRequest) {
    await this.auth.signOut(bearerToken(request.headers.authorization)!);
  }
}
