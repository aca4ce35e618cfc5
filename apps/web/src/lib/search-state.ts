import {
  type ConditionGrade,
  conditionGrades,
  type PackagingState,
  packagingStates,
  SEARCH_MAX_QUERY_LENGTH,
  type SearchSort,
  searchFlags,
  searchSorts,
} from '@tarodan/contracts';
import { parseTryToKurus } from './money';
import type { SearchParams } from './search-params';

/**
 * The whole state of the search page lives in its URL (`/ara?q=&category=&brand=…`), so a search is shareable and
 * the back button restores it. Prices are in lira in the URL (what people type) and in kuruş towards the API.
 * Pure functions: the server page, the filter form and the chips share them.
 */

export type SearchFlag = (typeof searchFlags)[number];
export const RESULTS_PER_PAGE = 24;

export type SearchState = {
  q: string;
  /** One category slug (its subcategories are included). */
  category: string | null;
  brand: string[];
  scale: string[];
  condition: ConditionGrade[];
  packaging: PackagingState[];
  flag: SearchFlag[];
  city: string[];
  /** Raw digits: the API validates the range and answers 400 when it is reversed. */
  yearMin: number | null;
  yearMax: number | null;
  /** Kuruş. */
  priceMin: number | null;
  priceMax: number | null;
  freeShipping: boolean;
  /** Sellers rated at least this many stars (1–5). */
  ratingMin: number | null;
  sort: SearchSort | null;
  page: number;
};

export type ListFilter = 'brand' | 'scale' | 'condition' | 'packaging' | 'flag' | 'city';
export const LIST_FILTERS: readonly ListFilter[] = [
  'brand',
  'scale',
  'condition',
  'packaging',
  'flag',
  'city',
];

export const emptySearchState: SearchState = {
  q: '',
  category: null,
  brand: [],
  scale: [],
  condition: [],
  packaging: [],
  flag: [],
  city: [],
  yearMin: null,
  yearMax: null,
  priceMin: null,
  priceMax: null,
  freeShipping: false,
  ratingMin: null,
  sort: null,
  page: 1,
};

type Source = SearchParams | URLSearchParams;

function all(source: Source, name: string): string[] {
  const raw = source instanceof URLSearchParams ? source.getAll(name) : [source[name] ?? []].flat();
  const values = raw.flatMap((value) => value.split(',')).map((value) => value.trim());
  return [...new Set(values.filter((value) => value !== ''))].slice(0, 50);
}

const first = (source: Source, name: string): string => all(source, name)[0] ?? '';

/** The first value as given: a price's comma is its decimal comma ("249,99"), not a list separator. */
function single(source: Source, name: string): string {
  const raw = source instanceof URLSearchParams ? source.getAll(name) : [source[name] ?? []].flat();
  return raw.map((value) => value.trim()).find((value) => value !== '') ?? '';
}

function oneOf<T extends string>(values: readonly T[], wanted: string[]): T[] {
  return wanted.filter((value): value is T => (values as readonly string[]).includes(value));
}

function integer(text: string): number | null {
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}

/** "4" or "4.5": the API refuses one outside 1–5 and the page says so. */
function stars(text: string): number | null {
  return /^\d(\.\d{1,2})?$/.test(text) ? Number(text) : null;
}

export type ParsedSearch = {
  state: SearchState;
  /** Prices that are not prices ("abc"): left out of the search, told to the visitor. */
  badPrices: string[];
};

/** The search page's query string → state. Values the API would refuse anyway go through, so it can say why. */
export function parseSearchState(source: Source): ParsedSearch {
  const badPrices: string[] = [];
  const price = (name: string): number | null => {
    const text = single(source, name);
    if (!text) return null;
    const kurus = parseTryToKurus(text);
    if (kurus === null) badPrices.push(text);
    return kurus;
  };
  const rawQ = source instanceof URLSearchParams ? (source.get('q') ?? '') : [source.q ?? ''].flat()[0];
  const sort = first(source, 'sort');
  const page = integer(first(source, 'page'));
  const state: SearchState = {
    q: (rawQ ?? '').replace(/\s+/g, ' ').trim(),
    category: first(source, 'category') || null,
    brand: all(source, 'brand'),
    scale: all(source, 'scale'),
    condition: oneOf(conditionGrades, all(source, 'condition')),
    packaging: oneOf(packagingStates, all(source, 'packaging')),
    flag: oneOf(searchFlags, all(source, 'flag')),
    city: all(source, 'city'),
    yearMin: integer(first(source, 'yearMin')),
    yearMax: integer(first(source, 'yearMax')),
    priceMin: price('priceMin'),
    priceMax: price('priceMax'),
    freeShipping: ['true', '1', 'on'].includes(first(source, 'freeShipping')),
    ratingMin: stars(first(source, 'ratingMin')),
    sort: searchSorts.find((value) => value === sort) ?? null,
    page: page && page >= 1 ? page : 1,
  };
  return { state, badPrices };
}

/** Kuruş → lira as the URL and the price inputs carry it: 125000 → "1250", 125050 → "1250,50". */
export function kurusToLira(kurus: number): string {
  const lira = Math.trunc(kurus / 100);
  const rest = kurus % 100;
  return rest === 0 ? String(lira) : `${lira},${String(rest).padStart(2, '0')}`;
}

/** The query string of a state, always in the same order (one URL per search); page 1 leaves `page` out. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  for (const name of LIST_FILTERS) for (const value of state[name]) params.append(name, value);
  if (state.yearMin !== null) params.set('yearMin', String(state.yearMin));
  if (state.yearMax !== null) params.set('yearMax', String(state.yearMax));
  if (state.priceMin !== null) params.set('priceMin', kurusToLira(state.priceMin));
  if (state.priceMax !== null) params.set('priceMax', kurusToLira(state.priceMax));
  if (state.freeShipping) params.set('freeShipping', 'true');
  if (state.ratingMin !== null) params.set('ratingMin', String(state.ratingMin));
  if (state.sort && state.sort !== defaultSort(state)) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params.toString();
}

/** Relevance with words to rank by, newest without. */
export function defaultSort(state: Pick<SearchState, 'q'>): SearchSort {
  return state.q ? 'relevance' : 'newest';
}

export function searchHref(path: string, state: SearchState): string {
  const query = searchQueryString(state);
  return query ? `${path}?${query}` : path;
}

/** The same search with changes; any change but the page itself goes back to page 1. */
export function withChanges(state: SearchState, changes: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...changes };
}

/** Whether anything narrows the results (the text query, sort and page do not count). */
export function hasFilters(state: SearchState): boolean {
  return (
    state.category !== null ||
    LIST_FILTERS.some((name) => state[name].length > 0) ||
    state.yearMin !== null ||
    state.yearMax !== null ||
    state.priceMin !== null ||
    state.priceMax !== null ||
    state.freeShipping ||
    state.ratingMin !== null
  );
}

/** `GET /v1/search` parameters; prices in kuruş. */
export function apiSearchParams(
  state: SearchState,
  locale: string,
  limit = RESULTS_PER_PAGE,
): URLSearchParams {
  const params = new URLSearchParams({ locale, limit: String(limit), page: String(state.page) });
  if (state.q) params.set('q', state.q.slice(0, SEARCH_MAX_QUERY_LENGTH));
  if (state.category) params.set('category', state.category);
  for (const name of LIST_FILTERS) for (const value of state[name]) params.append(name, value);
  if (state.yearMin !== null) params.set('yearMin', String(state.yearMin));
  if (state.yearMax !== null) params.set('yearMax', String(state.yearMax));
  if (state.priceMin !== null) params.set('priceMin', String(state.priceMin));
  if (state.priceMax !== null) params.set('priceMax', String(state.priceMax));
  if (state.freeShipping) params.set('freeShipping', 'true');
  if (state.ratingMin !== null) params.set('ratingMin', String(state.ratingMin));
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** Which part of the state a 400 names (`query.priceMax`, `query.brand.0`), and the state without it. */
export function withoutField(state: SearchState, field: string): { state: SearchState; key: string } | null {
  const key = /^query\.([A-Za-z]+)/.exec(field)?.[1];
  if (!key) return null;
  switch (key) {
    case 'priceMin':
    case 'priceMax':
      return { key: 'price', state: { ...state, priceMin: null, priceMax: null } };
    case 'yearMin':
    case 'yearMax':
      return { key: 'year', state: { ...state, yearMin: null, yearMax: null } };
    case 'page':
      return { key, state: { ...state, page: 1 } };
    case 'q':
      return { key, state: { ...state, q: state.q.slice(0, SEARCH_MAX_QUERY_LENGTH) } };
    case 'category':
      return { key, state: { ...state, category: null } };
    case 'sort':
      return { key, state: { ...state, sort: null } };
    case 'freeShipping':
      return { key, state: { ...state, freeShipping: false } };
    case 'ratingMin':
      return { key: 'rating', state: { ...state, ratingMin: null } };
    default:
      return (LIST_FILTERS as readonly string[]).includes(key)
        ? { key, state: { ...state, [key]: [] } }
        : null;
  }
}
