import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ErrorCode, sellerOnboardingRequestSchema } from '@tarodan/contracts';
import { z } from 'zod';
import { Authenticated } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { AppError } from '../../platform/errors/app-error.js';
import { SellerOnboardingService } from './seller-onboarding.service.js';
import { SellerProfileType, StartSellingInput } from './selling.graphql-types.js';

const startSellingArgs = z.object({ input: sellerOnboardingRequestSchema });

/** GraphQL door to the same SellerOnboardingService the REST controller uses. */
@Resolver()
export class SellingResolver {
  constructor(private readonly onboarding: SellerOnboardingService) {}

  @Query(() => SellerProfileType, {
    nullable: true,
    description: 'Your seller profile, identifiers masked; null before you start selling',
  })
  @Authenticated()
  async mySellerProfile(@CurrentCaller() caller: Caller) {
    return (await this.onboarding.get(caller).catch(nullWhenNotFound))?.seller ?? null;
  }

  @Mutation(() => SellerProfileType, {
    description: 'Start selling, or update your seller details: registers you at iyzico as a sub-merchant',
  })
  @Authenticated()
  async startSelling(
    @CurrentCaller() caller: Caller,
    @Args('input', { type: () => StartSellingInput }) input: StartSellingInput,
  ) {
    const args = startSellingArgs.safeParse({ input: withoutNulls(input) });
    if (!args.success) throw AppError.fromZod(args.error, 'args');
    const { seller } = await this.onboarding.start(caller, args.data.input).catch(inArgsTerms);
    return seller;
  }
}

function nullWhenNotFound(error: unknown): null {
  if (error instanceof AppError && error.code === ErrorCode.NotFound) return null;
  throw error;
}

/** The service names form fields as REST sees them (`body.iban`); here they are `args.input.iban`. */
function inArgsTerms(error: unknown): never {
  if (error instanceof AppError && error.details) {
    throw new AppError(
      error.code,
      error.message,
      error.details.map((issue) => ({ ...issue, field: issue.field.replace(/^body\./, 'args.input.') })),
      error.headers,
    );
  }
  throw error;
}

/** GraphQL gives explicit nulls for optional fields; the onboarding schema knows only absent ones. */
function withoutNulls(input: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
  );
}
