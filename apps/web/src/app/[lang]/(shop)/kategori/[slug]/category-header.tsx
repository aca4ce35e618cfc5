import type { Category, CategoryNode } from '@tarodan/contracts';
import { CategoryIcon, categoryTint } from '@/components/catalog/category-icon';
import { cn } from '@/lib/cn';

/**
 * Icon tile beside the title; the description sits under the title on wide screens and spans the full width on phones.
 * A subcategory has a generic icon: it wears its top-level category's icon and colour instead.
 */
export function CategoryHeader({ category, root }: { category: CategoryNode; root: Category | undefined }) {
  const icon = root?.icon ?? category.icon;
  const hasDescription = category.description.length > 0;
  return (
    <header className="mt-5 grid grid-cols-[auto_1fr] items-center gap-x-4 sm:gap-x-5">
      <div
        className={cn(
          'flex h-14 w-14 shrink-0 items-center justify-center rounded-lg sm:h-20 sm:w-20',
          hasDescription && 'sm:row-span-2',
          categoryTint(icon),
        )}
      >
        <CategoryIcon name={icon} className="h-7 w-7 sm:h-10 sm:w-10" />
      </div>
      <h1
        className={cn(
          'min-w-0 text-[1.75rem] font-extrabold leading-tight tracking-[-0.03em] text-ink sm:text-4xl',
          hasDescription && 'sm:self-end',
        )}
        data-testid="category-title"
      >
        {category.name}
      </h1>
      {hasDescription ? (
        <p className="col-span-2 mt-3 max-w-2xl leading-7 text-ink-muted sm:col-span-1 sm:col-start-2 sm:mt-1 sm:self-start">
          {category.description}
        </p>
      ) : null}
    </header>
  );
}
