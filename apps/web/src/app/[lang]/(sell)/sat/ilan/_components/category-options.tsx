import type { CategoryNode } from '@tarodan/contracts';
import { CategoryIcon, categoryTint } from '@/components/catalog/category-icon';
import { cn } from '@/lib/cn';

type Props = { categories: CategoryNode[]; selected: string | null; error?: string; general: string };

const option =
  'inline-flex cursor-pointer items-center rounded-full border border-line bg-surface px-3.5 py-2 text-sm font-medium ' +
  'text-ink transition-colors hover:border-ink/25 has-[:checked]:border-accent has-[:checked]:bg-accent-soft ' +
  'has-[:checked]:text-accent-hover has-[:focus-visible]:outline has-[:focus-visible]:outline-2 ' +
  'has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent';

/** Radio chips by top-level category (each of which can be picked too): `kategori` = the category's slug. */
export function CategoryOptions({ categories, selected, error, general }: Props) {
  return (
    <div className="flex flex-col gap-4" data-testid="category-options">
      {error ? (
        <p className="text-sm font-medium text-accent-hover" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {categories.map((root) => (
          <li key={root.id} className="rounded-lg border border-line bg-surface p-4">
            <fieldset>
              <legend className="flex items-center gap-3">
                <span
                  className={cn(
                    'flex h-10 w-10 shrink-0 items-center justify-center rounded-md',
                    categoryTint(root.icon),
                  )}
                >
                  <CategoryIcon name={root.icon} className="h-5 w-5" />
                </span>
                <span className="font-bold text-ink">{root.name}</span>
              </legend>
              <div className="mt-3 flex flex-wrap gap-2">
                {[root, ...root.children].map((category) => (
                  <label key={category.id} className={option}>
                    <input
                      type="radio"
                      name="kategori"
                      value={category.slug}
                      defaultChecked={category.slug === selected}
                      required
                      className="sr-only"
                    />
                    {category.id === root.id ? `${category.name} (${general})` : category.name}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
    </div>
  );
}
