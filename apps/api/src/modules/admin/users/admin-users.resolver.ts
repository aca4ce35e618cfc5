import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  type AdminUserDetail,
  adminRoleChangeRequestSchema,
  adminStatusChangeRequestSchema,
  adminUserListQuerySchema,
} from '@tarodan/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Roles } from '../../../platform/auth/access-policy.js';
import type { Caller } from '../../../platform/auth/caller.js';
import { CurrentCaller } from '../../../platform/auth/current-caller.decorator.js';
import { parseArgs } from '../../../platform/errors/parse-args.js';
import { originOf } from '../../../platform/http/request-origin.js';
import { AdminUserDetailType, AdminUserPageType } from './admin-users.graphql-types.js';
import { AdminUsersService } from './admin-users.service.js';

const idArgs = z.object({ id: z.uuid({ message: 'must be a user id' }) });
type GqlContext = { reply?: { request?: FastifyRequest } };

/** GraphQL door to the admin user tools; the same policies and audit log as /admin/v1. */
@Resolver()
export class AdminUsersResolver {
  constructor(private readonly admin: AdminUsersService) {}

  @Query(() => AdminUserPageType)
  @Roles('admin', 'moderator')
  users(
    @Args('q', { nullable: true, type: () => String }) q?: string,
    @Args('role', { nullable: true, type: () => String }) role?: string,
    @Args('status', { nullable: true, type: () => String }) status?: string,
    @Args('page', { nullable: true, type: () => Int }) page?: number,
  ) {
    return this.admin.list(parseArgs(adminUserListQuerySchema, { q, role, status, page }));
  }

  @Query(() => AdminUserDetailType)
  @Roles('admin', 'moderator')
  async user(@Args('id', { type: () => ID }) id: string) {
    return toGraph(await this.admin.detail(parseArgs(idArgs, { id }).id));
  }

  @Mutation(() => AdminUserDetailType)
  @Roles('admin', 'moderator')
  async suspendUser(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Context() context: GqlContext,
  ) {
    const args = parseArgs(idArgs.extend(adminStatusChangeRequestSchema.shape), { id, reason });
    return toGraph(await this.admin.suspend(caller, originOfContext(context), args.id, args.reason));
  }

  @Mutation(() => AdminUserDetailType)
  @Roles('admin')
  async banUser(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @Context() context: GqlContext,
  ) {
    const args = parseArgs(idArgs.extend(adminStatusChangeRequestSchema.shape), { id, reason });
    return toGraph(await this.admin.ban(caller, originOfContext(context), args.id, args.reason));
  }

  @Mutation(() => AdminUserDetailType)
  @Roles('admin')
  async reinstateUser(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GqlContext,
  ) {
    return toGraph(
      await this.admin.reinstate(caller, originOfContext(context), parseArgs(idArgs, { id }).id),
    );
  }

  @Mutation(() => AdminUserDetailType)
  @Roles('admin')
  async setUserRole(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('role') role: string,
    @Context() context: GqlContext,
  ) {
    const args = parseArgs(idArgs.extend(adminRoleChangeRequestSchema.shape), { id, role });
    return toGraph(await this.admin.setRole(caller, originOfContext(context), args.id, args.role));
  }
}

function toGraph({ user }: { user: AdminUserDetail }) {
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  return {
    ...user,
    audit: user.audit.map((e) => ({ ...e, beforeJson: json(e.before), afterJson: json(e.after) })),
  };
}

function originOfContext(context: GqlContext) {
  const request = context.reply?.request;
  return request ? originOf(request) : { ip: null, userAgent: null };
}
