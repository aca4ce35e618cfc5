/** A page's `searchParams` value: Next.js gives a list when the parameter repeats. */
export type SearchParamValue = string | string[] | undefined;

/** The first value of a query parameter. */
export function firstParam(value: SearchParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A 1-based page number from the URL: anything unreadable is page 1, and it never goes past `last`. */
export function pageParam(value: SearchParamValue, last = 1000): number {
  return Math.min(last, Math.max(1, Number.parseInt(firstParam(value) ?? '1', 10) || 1));
}
