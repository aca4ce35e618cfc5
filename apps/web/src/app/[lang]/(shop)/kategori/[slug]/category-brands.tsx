import type { Brand, Locale } from '@tarodan/contracts';
import { ChipLink } from '@/components/ui/chip';
import { localePath } from '@/lib/i18n/locale';
import { getBrandNames, getCategoryBrandCounts } from '@/lib/search-api';

type Props = { locale: Locale; category: string; title: string; exclude?: string; limit?: number };

/**
 * Links to the category × brand landing pages that have listings (the brand facet of the category's search), most
 * listings first. Decoration: when search does not answer, the strip is simply not there.
 */
export async function CategoryBrands({ locale, category, title, exclude, limit = 12 }: Props) {
  let buckets: { value: string; count: number }[] = [];
  let names = new Map<string, Brand>();
  try {
    [buckets, names] = await Promise.all([getCategoryBrandCounts(category), getBrandNames()]);
  } catch {
    return null;
  }
  const shown = buckets.filter((b) => b.value !== exclude && names.has(b.value)).slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="category-brands-title" className="mt-8">
      <h2
        id="category-brands-title"
        className="text-sm font-semibold uppercase tracking-wide text-ink-subtle"
      >
        {title}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2" data-testid="category-brands">
        {shown.map((bucket) => (
          <li key={bucket.value}>
            <ChipLink
              href={localePath(locale, `/kategori/${category}/${bucket.value}`)}
              className="gap-2 px-4 py-2 text-[15px] font-medium text-ink"
            >
              {names.get(bucket.value)?.name}
              <span className="text-xs tabular-nums text-ink-subtle">{bucket.count}</span>
            </ChipLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
