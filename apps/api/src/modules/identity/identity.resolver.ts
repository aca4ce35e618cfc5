import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { updateProfileRequestSchema } from '@tarodan/contracts';
import { z } from 'zod';
import { Authenticated, Public } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { parseArgs } from '../../platform/errors/parse-args.js';
import { AccountService } from './account.service.js';
import { AccountType, MemberProfileType, SessionType, UpdateProfileInput } from './identity.graphql-types.js';

const idArgs = z.object({ id: z.uuid({ message: 'must be an id' }) });

/** GraphQL door to the account services the REST controllers use. Sign-in itself stays REST (cookies, BFFs). */
@Resolver()
export class IdentityResolver {
  constructor(private readonly accounts: AccountService) {}

  @Query(() => AccountType)
  @Authenticated()
  async account(@CurrentCaller() caller: Caller) {
    return (await this.accounts.get(caller)).account;
  }

  @Query(() => [SessionType])
  @Authenticated()
  mySessions(@CurrentCaller() caller: Caller) {
    return this.accounts.listSessions(caller);
  }

  @Query(() => MemberProfileType)
  @Public()
  async memberProfile(@Args('id', { type: () => ID }) id: string) {
    return (await this.accounts.publicProfile(parseArgs(idArgs, { id }).id)).profile;
  }

  @Mutation(() => AccountType)
  @Authenticated()
  async updateProfile(@CurrentCaller() caller: Caller, @Args('input') input: UpdateProfileInput) {
    const changes = parseArgs(updateProfileRequestSchema, { ...input });
    return (await this.accounts.updateProfile(caller, changes)).account;
  }

  @Mutation(() => Boolean)
  @Authenticated()
  async revokeSession(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    await this.accounts.revokeSession(caller, parseArgs(idArgs, { id }).id);
    return true;
  }
}
