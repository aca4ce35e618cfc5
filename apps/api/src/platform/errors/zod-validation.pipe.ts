import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { AppError } from './app-error.js';

/** Validates a request part with a zod schema from @tarodan/contracts; failures name the field and reason. */
@Injectable()
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.infer<T> {
    const parsed = this.schema.safeParse(value ?? {});
    if (parsed.success) return parsed.data;
    const where = metadata.type === 'custom' ? 'args' : metadata.type;
    throw AppError.fromZod(parsed.error, where === 'param' ? 'params' : where);
  }
}
