import type { CategoryNode } from '@tarodan/contracts';
import { ChipLink } from '@/components/ui/chip';
import { type Locale, localePath } from '@/lib/i18n/locale';

type Props = { locale: Locale; items: CategoryNode[]; title: string };

export function Subcategories({ locale, items, title }: Props) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="subcategories-title" className="mt-8">
      <h2 id="subcategories-title" className="text-sm font-semibold uppercase tracking-wide text-ink-subtle">
        {title}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2" data-testid="subcategories">
        {items.map((child) => (
          <li key={child.id}>
            <ChipLink
              href={localePath(locale, `/kategori/${child.slug}`)}
              className="px-4 py-2 text-[15px] font-medium text-ink"
            >
              {child.name}
            </ChipLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
