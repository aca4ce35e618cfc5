import { type CategoryNode, categoryNodeSchema, type Locale } from '@tarodan/contracts';
import { z } from 'zod';
import { getJson } from './http-client';

const categoryTreeSchema = z.object({ items: z.array(categoryNodeSchema) });

/** The category tree, names in `locale`: top-level categories with their children. */
export async function fetchCategories(locale: Locale, signal?: AbortSignal): Promise<CategoryNode[]> {
  const body = await getJson('/v1/categories', categoryTreeSchema, { locale, signal });
  return [...body.items].sort((a, b) => a.position - b.position);
}
