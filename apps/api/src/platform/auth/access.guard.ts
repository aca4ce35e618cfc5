import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@tarodan/contracts';
import { AppError } from '../errors/app-error.js';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.js';
import { bearerToken, type Caller, CallerResolver } from './caller.js';

type WithCaller = { caller?: Caller | null };

/** Global guard: enforces each handler's declared access policy and attaches the caller to the request. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly callers: CallerResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw new AppError(ErrorCode.Forbidden, 'This operation declares no access policy');

    const { carrier, authorization } = requestOf(context);
    const token = bearerToken(authorization);
    const caller = token ? await this.callers.resolve(token) : null;
    if (carrier) carrier.caller = caller;

    if (policy.kind === 'public') return true;
    if (!caller) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    if (policy.kind === 'roles' && !policy.roles.includes(caller.role)) {
      throw new AppError(ErrorCode.Forbidden, 'You are not allowed to do this');
    }
    return true;
  }
}

function requestOf(context: ExecutionContext): { carrier: WithCaller | null; authorization: unknown } {
  switch (context.getType<'http' | 'graphql' | 'ws'>()) {
    case 'http': {
      const request = context.switchToHttp().getRequest<WithCaller & { headers: Record<string, unknown> }>();
      return { carrier: request, authorization: request.headers.authorization };
    }
    case 'graphql': {
      const gqlContext = context.getArgByIndex(2) as {
        reply?: { request?: WithCaller & { headers: Record<string, unknown> } };
      };
      const request = gqlContext.reply?.request ?? null;
      return { carrier: request, authorization: request?.headers.authorization };
    }
    case 'ws': {
      const client = context
        .switchToWs()
        .getClient<{ data: WithCaller; handshake?: { auth?: { token?: string } } }>();
      const token = client.handshake?.auth?.token;
      return { carrier: client.data, authorization: token ? `Bearer ${token}` : undefined };
    }
    default:
      return { carrier: null, authorization: undefined };
  }
}
