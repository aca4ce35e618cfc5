import type { SellerProfile } from '@tarodan/contracts';

/** What the admin views need from seller onboarding: the masked profile. Bound to the selling module's service. */
export abstract class SellerLookup {
  abstract maskedProfile(userId: string): Promise<SellerProfile | null>;
}
