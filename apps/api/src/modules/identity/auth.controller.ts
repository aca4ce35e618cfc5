import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  acceptedResponseSchema,
  emailRequestSchema,
  meResponseSchema,
  mfaEnrollmentConfirmRequestSchema,
  mfaEnrollmentConfirmResponseSchema,
  mfaEnrollmentStartRequestSchema,
  mfaEnrollmentStartResponseSchema,
  mfaVerifyRequestSchema,
  refreshRequestSchema,
  refreshResponseSchema,
  registerRequestSchema,
  resetPasswordRequestSchema,
  signInRequestSchema,
  signInResponseSchema,
  tokenRequestSchema,
  verifyEmailResponseSchema,
} from '@tarodan/contracts';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Authenticated, Public } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { originOf } from '../../platform/http/request-origin.js';
import { AuthService } from './auth.service.js';
import { MfaService } from './mfa.service.js';
import { PasswordService } from './password.service.js';
import { RegistrationService } from './registration.service.js';

type Input<S extends z.ZodType> = z.output<S>;

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
    private readonly passwords: PasswordService,
    private readonly mfa: MfaService,
  ) {}

  @Post('register')
  @HttpCode(202)
  @Public()
  @ApiOkResponse({ schema: openApiSchema(acceptedResponseSchema) })
  register(
    @Body(new ZodPipe(registerRequestSchema)) body: Input<typeof registerRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.registration.register(body, originOf(req));
  }

  @Post('verify-email')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ schema: openApiSchema(verifyEmailResponseSchema) })
  verifyEmail(
    @Body(new ZodPipe(tokenRequestSchema)) body: Input<typeof tokenRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.registration.verifyEmail(body.token, originOf(req));
  }

  @Post('resend-verification')
  @HttpCode(202)
  @Public()
  @ApiOkResponse({ schema: openApiSchema(acceptedResponseSchema) })
  resend(
    @Body(new ZodPipe(emailRequestSchema)) body: Input<typeof emailRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.registration.resendVerification(body.email, originOf(req));
  }

  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({
    description: 'Signed in, or the second-factor step staff must take',
    schema: openApiSchema(signInResponseSchema),
  })
  signIn(
    @Body(new ZodPipe(signInRequestSchema)) body: Input<typeof signInRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.auth.signIn(body, originOf(req));
  }

  @Post('mfa/verify')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ schema: openApiSchema(signInResponseSchema) })
  verifyMfa(@Body(new ZodPipe(mfaVerifyRequestSchema)) body: Input<typeof mfaVerifyRequestSchema>) {
    return this.mfa.verify(body);
  }

  @Post('mfa/enrollment')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ schema: openApiSchema(mfaEnrollmentStartResponseSchema) })
  startEnrollment(
    @Body(new ZodPipe(mfaEnrollmentStartRequestSchema)) body: Input<typeof mfaEnrollmentStartRequestSchema>,
  ) {
    return this.mfa.startEnrollment(body.challenge);
  }

  @Post('mfa/enrollment/confirm')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ schema: openApiSchema(mfaEnrollmentConfirmResponseSchema) })
  confirmEnrollment(
    @Body(new ZodPipe(mfaEnrollmentConfirmRequestSchema)) body: Input<
      typeof mfaEnrollmentConfirmRequestSchema
    >,
  ) {
    return this.mfa.confirmEnrollment(body);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ schema: openApiSchema(refreshResponseSchema) })
  refresh(
    @Body(new ZodPipe(refreshRequestSchema)) body: Input<typeof refreshRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.auth.refresh(body.refreshToken, originOf(req));
  }

  @Post('forgot-password')
  @HttpCode(202)
  @Public()
  @ApiOkResponse({ schema: openApiSchema(acceptedResponseSchema) })
  forgot(
    @Body(new ZodPipe(emailRequestSchema)) body: Input<typeof emailRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    return this.passwords.forgot(body.email, originOf(req));
  }

  @Post('reset-password')
  @HttpCode(204)
  @Public()
  async reset(
    @Body(new ZodPipe(resetPasswordRequestSchema)) body: Input<typeof resetPasswordRequestSchema>,
    @Req() req: FastifyRequest,
  ) {
    await this.passwords.reset(body, originOf(req));
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
  async signOut(@CurrentCaller() caller: Caller) {
    await this.auth.signOut(caller);
  }
}
