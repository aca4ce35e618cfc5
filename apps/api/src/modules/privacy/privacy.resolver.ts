import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../platform/auth/access-policy.js';
import type { Caller } from '../../platform/auth/caller.js';
import { CurrentCaller } from '../../platform/auth/current-caller.decorator.js';
import { DataExportService } from './data-export.service.js';
import { DataExportType } from './privacy.graphql-types.js';

/** GraphQL door to the same DataExportService the REST controller uses. */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly exports: DataExportService) {}

  @Mutation(() => DataExportType, {
    description: 'Ask for a copy of your data; you get an e-mail when it is ready',
  })
  @Authenticated()
  requestDataExport(@CurrentCaller() caller: Caller) {
    return this.exports.request(caller);
  }

  @Query(() => [DataExportType], { description: 'Your data exports, newest first' })
  @Authenticated()
  async myDataExports(@CurrentCaller() caller: Caller) {
    return (await this.exports.list(caller)).items;
  }
}
