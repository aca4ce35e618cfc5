import {
  type Brand,
  brandSchema,
  type Category,
  type CategoryNode,
  categoryNodeSchema,
  categorySchema,
  type ErrorCode,
  errorBodySchema,
  type Locale,
  pageSchema,
} from '@tarodan/contracts';
import { cache } from 'react';
import { z } from 'zod';

/**
 * Typed client for the TARODAN REST API, used by server components only.
 * Every response is validated with the shared zod schemas, so a contract drift fails loudly here
 * instead of rendering half a page. Requests are never cached: pages render at request time.
 */

const TIMEOUT_MS = 8_000;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'UNREACHABLE' | 'BAD_RESPONSE',
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function apiBaseUrl(): string {
  return (process.env.API_URL?.trim() || 'http://127.0.0.1:3001').replace(/\/+$/, '');
}

async function request<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const url = `${apiBaseUrl()}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      cache: 'no-store',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    throw new ApiError(503, 'UNREACHABLE', `API unreachable at ${url}: ${String(cause)}`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) {
      const { code, message, requestId } = parsed.data.error;
      throw new ApiError(response.status, code, message, requestId);
    }
    throw new ApiError(response.status, 'BAD_RESPONSE', `GET ${path} answered ${response.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      502,
      'BAD_RESPONSE',
      `GET ${path} broke the contract: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

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
