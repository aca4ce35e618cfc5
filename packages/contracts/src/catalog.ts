import { z } from 'zod';

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes');

export const uuidSchema = z.uuid({ message: 'must be a UUID' });

export const categorySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  nameTr: z.string(),
  nameEn: z.string(),
  description: z.string(),
  icon: z.string(),
  position: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

export type CategoryNode = Category & { children: CategoryNode[] };
export const categoryNodeSchema: z.ZodType<CategoryNode> = categorySchema.extend({
  get children() {
    return z.array(categoryNodeSchema);
  },
});

export const brandSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  country: z.string().length(2).nullable(),
  founded: z.number().int().nullable(),
  website: z.string().nullable(),
});
export type Brand = z.infer<typeof brandSchema>;

export const categoryCountSchema = z.object({
  categoryId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  subcategories: z.number().int(),
  listings: z.number().int(),
});
export type CategoryCount = z.infer<typeof categoryCountSchema>;

export const localeQuerySchema = z.object({
  locale: z.enum(['tr', 'en']).default('tr'),
});

export const listBrandsQuerySchema = z.object({
  locale: z.enum(['tr', 'en']).default('tr'),
  q: z.string().trim().min(1).max(60).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ListBrandsQuery = z.infer<typeof listBrandsQuerySchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
export type Page<T> = { items: T[]; total: number; limit: number; offset: number };
