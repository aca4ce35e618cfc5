import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { SellerOnboardingService } from './seller-onboarding.service.js';
import { SellerProfileRepository } from './seller-profile.repository.js';
import { SellingController } from './selling.controller.js';
import { SellingResolver } from './selling.resolver.js';
import { SubMerchantRegistration } from './sub-merchant-registration.service.js';

/**
 * Seller onboarding: the seller profile (identifiers encrypted, blind-indexed, masked on the way out) and its
 * registration as an iyzico sub-merchant, retried by the `register-sub-merchant` job on the `payments` queue.
 */
@Module({
  imports: [IdentityModule],
  controllers: [SellingController],
  providers: [SellerProfileRepository, SubMerchantRegistration, SellerOnboardingService, SellingResolver],
  exports: [SellerOnboardingService],
})
export class SellingModule {}
