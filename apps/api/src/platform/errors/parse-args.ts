import type { z } from 'zod';
import { AppError } from './app-error.js';

/** Validates GraphQL arguments with a contracts schema; failures name `args.<field>` like REST names `body.<field>`. */
export function parseArgs<T extends z.ZodType>(schema: T, args: Record<string, unknown>): z.output<T> {
  const defined = Object.fromEntries(
    Object.entries(args).filter(([, value]) => value !== undefined && value !== null),
  );
  const result = schema.safeParse(defined);
  if (!result.success) throw AppError.fromZod(result.error, 'args');
  return result.data;
}
