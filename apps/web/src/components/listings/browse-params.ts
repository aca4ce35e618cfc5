import { type ListingSort, listingSorts } from '@tarodan/contracts';
import { firstParam, type SearchParams } from '@/lib/search-params';

/** `?sayfa=` and `?sirala=` of a browse page, validated: anything odd falls back to page 1, newest first. */
export function browseParams(searchParams: SearchParams | undefined): { page: number; sort: ListingSort } {
  const rawPage = Number(firstParam(searchParams, 'sayfa'));
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 200 ? rawPage : 1;
  const rawSort = firstParam(searchParams, 'sirala');
  const sort = listingSorts.find((value) => value === rawSort) ?? 'newest';
  return { page, sort };
}

/** The address of a browse page: page 1 and the default sort leave their parameters out (one URL per page). */
export function browseHref(path: string, page: number, sort: ListingSort): string {
  const query = new URLSearchParams();
  if (sort !== 'newest') query.set('sirala', sort);
  if (page > 1) query.set('sayfa', String(page));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
