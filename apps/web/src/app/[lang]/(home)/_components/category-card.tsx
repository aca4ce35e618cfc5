import type { CategoryNode } from '@tarodan/contracts';
import { ArrowUpRight } from 'lucide-react';
import Link from 'next/link';
import { CategoryIcon, categoryTint } from '@/components/catalog/category-icon';
import { ChipLink } from '@/components/ui/chip';
import { cn } from '@/lib/cn';
import { type Locale, localePath } from '@/lib/i18n/locale';

const MAX_CHIPS = 4;

type Props = { category: CategoryNode; locale: Locale; moreLabel: (n: number) => string };

export function CategoryCard({ category, locale, moreLabel }: Props) {
  const href = localePath(locale, `/kategori/${category.slug}`);
  const chips = category.children.slice(0, MAX_CHIPS);
  const hidden = category.children.length - chips.length;
  return (
    <li
      className="group relative flex flex-col overflow-hidden rounded-lg border border-line bg-surface transition-shadow hover:shadow-[0_8px_30px_-12px_rgba(28,25,23,0.25)]"
      data-testid="category-card"
      data-slug={category.slug}
    >
      {/* Phones: a compact row (tile left, text right). sm and up: a photo-style card (tile on top). */}
      <Link
        href={href}
        className="flex items-start gap-4 p-3 focus-visible:outline-offset-[-2px] sm:flex-col sm:gap-0 sm:p-0"
      >
        <div
          className={cn(
            'relative flex h-[72px] w-[72px] shrink-0 items-center justify-center overflow-hidden rounded-md',
            'sm:aspect-[2/1] sm:h-auto sm:w-full sm:rounded-none',
            categoryTint(category.icon),
          )}
        >
          <span className="absolute inset-0 hidden bg-[radial-gradient(circle_at_50%_40%,rgba(255,255,255,0.75),transparent_65%)] sm:block" />
          <span className="relative flex items-center justify-center sm:h-24 sm:w-24 sm:rounded-full sm:bg-white/70 sm:shadow-[0_6px_20px_-8px_rgba(28,25,23,0.25)] lg:h-28 lg:w-28">
            <CategoryIcon
              name={category.icon}
              className="h-8 w-8 transition-transform duration-300 group-hover:scale-110 sm:h-11 sm:w-11 lg:h-12 lg:w-12"
            />
          </span>
          <span className="absolute right-3 top-3 hidden h-8 w-8 items-center justify-center rounded-full bg-surface/80 text-ink opacity-0 transition-opacity group-hover:opacity-100 sm:flex">
            <ArrowUpRight className="h-4 w-4" aria-hidden="true" />
          </span>
        </div>
        <div className="min-w-0 pt-0.5 sm:px-4 sm:pb-2 sm:pt-4">
          <h3
            className="text-base font-semibold tracking-[-0.01em] text-ink sm:text-[17px]"
            data-testid="category-name"
          >
            {category.name}
          </h3>
          {category.description ? (
            <p className="mt-0.5 line-clamp-2 text-sm leading-5 text-ink-muted sm:mt-1">
              {category.description}
            </p>
          ) : null}
        </div>
      </Link>
      {chips.length > 0 ? (
        <ul className="mt-auto flex flex-wrap gap-1.5 pb-3 pl-[100px] pr-3 sm:px-4 sm:pb-4 sm:pt-2">
          {chips.map((child) => (
            <li key={child.id}>
              <ChipLink
                href={localePath(locale, `/kategori/${child.slug}`)}
                className="px-2.5 py-0.5 text-[13px]"
              >
                {child.name}
              </ChipLink>
            </li>
          ))}
          {hidden > 0 ? (
            <li>
              <Link
                href={href}
                className="inline-flex items-center rounded-full px-2 py-0.5 text-[13px] font-medium text-accent-hover hover:underline"
              >
                {moreLabel(hidden)}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}
