import {
  type Brand,
  type CategoryNode,
  conditionGrades,
  type Locale,
  packagingStates,
  type SearchResponse,
  searchFlags,
} from '@tarodan/contracts';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { getSearchMessages } from '@/lib/i18n/search-messages';
import { formatTryShort } from '@/lib/money';
import { type ListFilter, type SearchState, searchHref, withChanges } from '@/lib/search-state';
import { priceRangeLabel, selectedDecade, selectedPriceRange } from './range-options';

/** What the facet sidebar and the chips show, built from the API's buckets, the catalog and the URL state. */

/** `count` null: not known (shown without a number). */
export type FacetOption = {
  value: string;
  label: string;
  count: number | null;
  checked: boolean;
  depth: number;
};
export type FacetGroup = {
  name: 'category' | ListFilter;
  title: string;
  kind: 'radio' | 'checkbox';
  options: FacetOption[];
};
export type Chip = { key: string; label: string; href: string };

export type FacetContext = {
  locale: Locale;
  categories: CategoryNode[];
  brands: Map<string, Brand>;
};

type CategoryEntry = { node: CategoryNode; parent: CategoryNode | null; depth: number };

export function categoryIndex(nodes: CategoryNode[]): Map<string, CategoryEntry> {
  const index = new Map<string, CategoryEntry>();
  const walk = (list: CategoryNode[], parent: CategoryNode | null, depth: number) => {
    for (const node of list) {
      index.set(node.slug, { node, parent, depth });
      walk(node.children, node, depth + 1);
    }
  };
  walk(nodes, null, 0);
  return index;
}

const humanize = (slug: string) => slug.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

export function brandName(brands: Map<string, Brand>, slug: string): string {
  return brands.get(slug)?.name ?? humanize(slug);
}

function counts(response: SearchResponse, name: keyof SearchResponse['facets']): Map<string, number> {
  return new Map((response.facets[name] ?? []).map((bucket) => [bucket.value, bucket.count]));
}

/**
 * Without a category: the top-level ones that have hits. With one: its ancestors, itself and its children, so
 * the visitor can widen or narrow (counts ignore the category filter, as every facet ignores its own).
 */
function categoryOptions(response: SearchResponse, state: SearchState, context: FacetContext): FacetOption[] {
  const byId = counts(response, 'category');
  const index = categoryIndex(context.categories);
  const option = (node: CategoryNode, depth: number): FacetOption => ({
    value: node.slug,
    label: node.name,
    count: byId.get(node.id) ?? 0,
    checked: node.slug === state.category,
    depth,
  });
  const t = getSearchMessages(context.locale);
  const total = context.categories.reduce((sum, node) => sum + (byId.get(node.id) ?? 0), 0);
  const all: FacetOption = {
    value: '',
    label: t.allCategories,
    count: total,
    checked: !state.category,
    depth: 0,
  };
  const selected = state.category ? index.get(state.category) : undefined;
  if (!selected)
    return [all, ...context.categories.map((node) => option(node, 0)).filter((o) => (o.count ?? 0) > 0)];
  const chain: CategoryEntry[] = [];
  for (let entry: CategoryEntry | undefined = selected; entry; ) {
    chain.unshift(entry);
    entry = entry.parent ? index.get(entry.parent.slug) : undefined;
  }
  const children = selected.node.children
    .map((node) => option(node, selected.depth + 1))
    .filter((o) => (o.count ?? 0) > 0);
  return [all, ...chain.map((entry) => option(entry.node, entry.depth)), ...children];
}

function listOptions(
  values: readonly string[] | null,
  bucket: Map<string, number>,
  selected: readonly string[],
  label: (value: string) => string,
): FacetOption[] {
  const ordered = values ?? [...bucket.keys()];
  const shown = ordered.filter((value) => (bucket.get(value) ?? 0) > 0 || selected.includes(value));
  // A chosen value the buckets left out (no hits with the other filters) stays visible, so it can be unticked.
  const missing = selected.filter((value) => !shown.includes(value));
  return [...shown, ...missing].map((value) => ({
    value,
    label: label(value),
    count: bucket.get(value) ?? 0,
    checked: selected.includes(value),
    depth: 0,
  }));
}

export function facetGroups(
  response: SearchResponse,
  state: SearchState,
  context: FacetContext,
): FacetGroup[] {
  const t = getSearchMessages(context.locale);
  const listing = getListingMessages(context.locale);
  const group = (name: ListFilter, kind: 'checkbox', options: FacetOption[], title: string): FacetGroup => ({
    name,
    kind,
    options,
    title,
  });
  return [
    {
      name: 'category',
      kind: 'radio',
      title: t.facets.category,
      options: categoryOptions(response, state, context),
    },
    group(
      'brand',
      'checkbox',
      listOptions(null, counts(response, 'brand'), state.brand, (slug) => brandName(context.brands, slug)),
      t.facets.brand,
    ),
    group(
      'scale',
      'checkbox',
      listOptions(null, counts(response, 'scale'), state.scale, (v) => v),
      t.facets.scale,
    ),
    group(
      'condition',
      'checkbox',
      listOptions(
        conditionGrades,
        counts(response, 'condition'),
        state.condition,
        (v) => listing.condition[v as keyof typeof listing.condition] ?? v,
      ),
      t.facets.condition,
    ),
    group(
      'packaging',
      'checkbox',
      listOptions(
        packagingStates,
        counts(response, 'packaging'),
        state.packaging,
        (v) => listing.packaging[v as keyof typeof listing.packaging] ?? v,
      ),
      t.facets.packaging,
    ),
    group(
      'flag',
      'checkbox',
      listOptions(
        searchFlags,
        counts(response, 'flag'),
        state.flag,
        (v) => t.flags[v as keyof typeof t.flags] ?? v,
      ),
      t.facets.flag,
    ),
    group(
      'city',
      'checkbox',
      listOptions(null, counts(response, 'city'), state.city, (v) => v),
      t.facets.city,
    ),
  ];
}

export function freeShippingCount(response: SearchResponse): number {
  return response.facets.free_shipping?.find((b) => b.value === 'true')?.count ?? 0;
}

/** Lira for chips and inputs, Turkish style: 125000 → "1.250", 125050 → "1.250,50". */
export function formatLira(kurus: number): string {
  const whole = kurus % 100 === 0;
  return new Intl.NumberFormat('tr-TR', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(kurus / 100);
}

/** One chip per active filter value; each links to the same search without it. */
export function activeChips(path: string, state: SearchState, groups: FacetGroup[], locale: Locale): Chip[] {
  const t = getSearchMessages(locale);
  const chips: Chip[] = [];
  const href = (changes: Partial<SearchState>) => searchHref(path, withChanges(state, changes));
  const labelOf = (name: FacetGroup['name'], value: string) =>
    groups.find((g) => g.name === name)?.options.find((o) => o.value === value)?.label ?? value;
  if (state.category) {
    chips.push({
      key: 'category',
      label: labelOf('category', state.category),
      href: href({ category: null }),
    });
  }
  for (const g of groups) {
    if (g.name === 'category') continue;
    const name = g.name;
    for (const value of state[name]) {
      chips.push({
        key: `${name}-${value}`,
        label: labelOf(name, value),
        href: href({ [name]: state[name].filter((v: string) => v !== value) }),
      });
    }
  }
  if (state.yearMin !== null || state.yearMax !== null) {
    const decade = selectedDecade(state);
    chips.push({
      key: 'year',
      label: decade !== null ? t.decade(decade) : t.yearChip(state.yearMin, state.yearMax),
      href: href({ yearMin: null, yearMax: null }),
    });
  }
  if (state.priceMin !== null || state.priceMax !== null) {
    const range = selectedPriceRange(state);
    const lira = (k: number | null) => (k === null ? null : formatTryShort(k, locale));
    chips.push({
      key: 'price',
      label: range ? priceRangeLabel(range, locale) : t.priceChip(lira(state.priceMin), lira(state.priceMax)),
      href: href({ priceMin: null, priceMax: null }),
    });
  }
  if (state.freeShipping)
    chips.push({ key: 'freeShipping', label: t.freeShipping, href: href({ freeShipping: false }) });
  if (state.ratingMin !== null)
    chips.push({ key: 'rating', label: t.ratingAtLeast(state.ratingMin), href: href({ ratingMin: null }) });
  return chips;
}
