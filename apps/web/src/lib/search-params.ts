export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (`?a=1&a=2` → "1"), or undefined. */
export function firstParam(params: SearchParams | undefined, name: string): string | undefined {
  const value = params?.[name];
  return Array.isArray(value) ? value[0] : value;
}
