import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller } from './caller.js';

/** The caller the AccessGuard resolved for this request (null on public routes when signed out). */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller | null => {
  if (context.getType<string>() === 'graphql') {
    const gqlContext = context.getArgByIndex(2) as { reply?: { request?: { caller?: Caller | null } } };
    return gqlContext.reply?.request?.caller ?? null;
  }
  return context.switchToHttp().getRequest<{ caller?: Caller | null }>().caller ?? null;
});
