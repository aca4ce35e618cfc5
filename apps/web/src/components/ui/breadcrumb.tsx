import { ChevronRight } from 'lucide-react';
import Link from 'next/link';

export type Crumb = { label: string; href: string };

/** The last crumb is the current page: plain text with aria-current. */
export function Breadcrumb({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav aria-label={label} data-testid="breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-ink-muted">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={item.href} className="inline-flex items-center gap-1">
              {last ? (
                <span aria-current="page" className="font-medium text-ink">
                  {item.label}
                </span>
              ) : (
                <>
                  <Link href={item.href} className="rounded-sm transition-colors hover:text-accent-hover">
                    {item.label}
                  </Link>
                  <ChevronRight className="h-3.5 w-3.5 text-ink-subtle" aria-hidden="true" />
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
