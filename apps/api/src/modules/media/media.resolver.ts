import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { mediaImageParamsSchema } from '@tarodan/contracts';
import { Authenticated } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { parseArgs } from '../../platform/errors/parse-args.js';
import { MediaImageType } from './media.graphql-types.js';
import { MediaService } from './media.service.js';

/** GraphQL door to the same MediaService the REST controller uses. Uploads stay REST (raw bodies). */
@Resolver()
export class MediaResolver {
  constructor(private readonly media: MediaService) {}

  @Query(() => MediaImageType, { description: 'One of your images, with its processing status and variants' })
  @Authenticated()
  mediaImage(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.media.get(caller, parseArgs(mediaImageParamsSchema, { id }).id);
  }
}
