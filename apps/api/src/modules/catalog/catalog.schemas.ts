import { brandSchema, categoryNodeSchema, categorySchema, pageSchema } from '@tarodan/contracts';
import { z } from 'zod';

export const idOrSlugParamsSchema = z.object({
  idOrSlug: z
    .string()
    .max(120)
    .regex(
      /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|[0-9a-fA-F-]{36})$/,
      'must be a slug (lowercase letters, digits, dashes) or a UUID',
    ),
});

export const categoryListResponse = z.object({ items: z.array(categoryNodeSchema) });
export const categoryDetailResponse = z.object({
  category: categoryNodeSchema,
  path: z.array(categorySchema),
});
export const brandPageResponse = pageSchema(brandSchema);
