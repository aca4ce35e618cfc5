import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { sellerOnboardingRequestSchema, sellerProfileResponseSchema } from '@tarodan/contracts';
import { Authenticated } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { ZodPipe } from '../../platform/errors/zod-validation.pipe.js';
import { openApiSchema } from '../../platform/http/openapi.js';
import { type SellerOnboarding, SellerOnboardingService } from './seller-onboarding.service.js';

@ApiTags('account')
@ApiBearerAuth()
@Controller('v1/account/seller')
export class SellingController {
  constructor(private readonly onboarding: SellerOnboardingService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({
    description: 'Your seller profile, identifiers masked; 404 before you start selling',
    schema: openApiSchema(sellerProfileResponseSchema),
  })
  get(@CurrentCaller() caller: Caller) {
    return this.onboarding.get(caller);
  }

  @Put()
  @Authenticated()
  @ApiOkResponse({
    description:
      'Registered (or updated) at iyzico: the profile is active. 400 names a field iyzico refused; 503 when iyzico is unreachable (saved as pending and retried)',
    schema: openApiSchema(sellerProfileResponseSchema),
  })
  start(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(sellerOnboardingRequestSchema)) body: SellerOnboarding,
  ) {
    return this.onboarding.start(caller, body);
  }
}
