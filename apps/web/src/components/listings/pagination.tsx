import { ChevronLeft, ChevronRight } from 'lucide-react';
import Link from 'next/link';
import { cn } from '@/lib/cn';

type Labels = { pagination: string; previous: string; next: string; page: (n: number) => string };
type Props = {
  page: number;
  totalPages: number;
  /** The address of page `n` (page 1 without the parameter, so it has one URL). */
  hrefOf: (n: number) => string;
  labels: Labels;
};

/** Pages around the current one, with the first and last always reachable. */
function pagesToShow(page: number, total: number): (number | 'gap')[] {
  const wanted = new Set([1, total, page - 1, page, page + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, index) =>
    index > 0 && n - (sorted[index - 1] ?? n) > 1 ? ['gap' as const, n] : [n],
  );
}

const item =
  'inline-flex h-10 min-w-10 items-center justify-center gap-1 rounded-md px-3 text-sm font-semibold transition-colors';

export function Pagination({ page, totalPages, hrefOf, labels }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={labels.pagination} className="mt-10 flex justify-center" data-testid="pagination">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 ? (
          <li>
            <Link href={hrefOf(page - 1)} rel="prev" className={cn(item, 'text-ink hover:bg-muted')}>
              <ChevronLeft className="h-4 w-4" aria-hidden="true" />
              <span className="hidden sm:inline">{labels.previous}</span>
              <span className="sr-only sm:hidden">{labels.previous}</span>
            </Link>
          </li>
        ) : null}
        {pagesToShow(page, totalPages).map((n, index) =>
          n === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-subtle">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={hrefOf(n)}
                aria-label={labels.page(n)}
                aria-current={n === page ? 'page' : undefined}
                className={cn(item, n === page ? 'bg-ink text-white' : 'text-ink hover:bg-muted')}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={hrefOf(page + 1)} rel="next" className={cn(item, 'text-ink hover:bg-muted')}>
              <span className="hidden sm:inline">{labels.next}</span>
              <span className="sr-only sm:hidden">{labels.next}</span>
              <ChevronRight className="h-4 w-4" aria-hidden="true" />
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
