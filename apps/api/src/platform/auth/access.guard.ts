import type { IncomingMessage } from 'node:http';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@tarodan/contracts';
import { AppError } from '../errors/app-error.js';
import { addRequestLogFields } from '../logging/request-log-fields.js';
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

    const { carrier, authorization, raw } = requestOf(context);
    const token = bearerToken(authorization);
    const caller = token ? await this.callers.resolve(token) : null;
    if (carrier) carrier.caller = caller;
    if (caller && raw) addRequestLogFields(raw, { userId: caller.userId });

    if (policy.kind === 'public') return true;
    if (!caller) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    if (policy.kind === 'roles' && !policy.roles.includes(caller.role)) {
      throw new AppError(ErrorCode.Forbidden, 'You are not allowed to do this');
    }
    return true;
  }
}

type RequestParts = { carrier: WithCaller | null; authorization: unknown; raw?: IncomingMessage };

function requestOf(context: ExecutionContext): RequestParts {
  switch (context.getType<'http' | 'graphql' | 'ws'>()) {
    case 'http': {
      const request = context
        .switchToHttp()
        .getRequest<WithCaller & { headers: Record<string, unknown>; raw?: IncomingMessage }>();
      return { carrier: request, authorization: request.headers.authorization, raw: request.raw };
    }
    case 'graphql': {
      const gqlContext = context.getArgByIndex(2) as {
        reply?: { request?: WithCaller & { headers: Record<string, unknown>; raw?: IncomingMessage } };
      };
      const request = gqlContext.reply?.request ?? null;
      return { carrier: request, authorization: request?.headers.authorization, raw: request?.raw };
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
