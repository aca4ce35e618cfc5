import {
  type Brand,
  brandSchema,
  type Category,
  type CategoryNode,
  categoryNodeSchema,
  categorySchema,
  type Locale,
  pageSchema,
} from '@tarodan/contracts';
import { cache } from 'react';
import { z } from 'zod';
import { ApiError, apiRequest } from './api-client';

/** Catalog reads for server components; memoised per request (layout, metadata and page share one call). */

const request = <T>(path: string, schema: z.ZodType<T>): Promise<T> => apiRequest(path, { schema });

const categoryListSchema = z.object({ items: z.array(categoryNodeSchema) });
const categoryDetailSchema = z.object({ category: categoryNodeSchema, path: z.array(categorySchema) });
const brandPageSchema = pageSchema(brandSchema);

export type CategoryDetail = { category: CategoryNode; path: Category[] };

/** Top-level categories with their children, ordered by position. Memoised per request. */
export const getCategories = cache(async (locale: Locale): Promise<CategoryNode[]> => {
  const { items } = await request(`/v1/categories?locale=${locale}`, categoryListSchema);
  return [...items].sort((a, b) => a.position - b.position);
});

/** One category with its ancestors, or null when the API does not know the slug. */
export const getCategory = cache(async (slug: string, locale: Locale): Promise<CategoryDetail | null> => {
  try {
    return await request(`/v1/categories/${encodeURIComponent(slug)}?locale=${locale}`, categoryDetailSchema);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
});

/** Brands for the "popular brands" strip. Optional decoration: callers may treat failure as "no brands". */
export const getBrands = cache(async (limit: number): Promise<Brand[]> => {
  const page = await request(`/v1/brands?limit=${limit}`, brandPageSchema);
  return page.items;
});
