import Link from 'next/link';
import { cn } from '@/lib/cn';
import type { RangeLink } from './range-options';

/**
 * Price ranges or decades as links drawn like radio options: a link sets both ends of its range (the inputs below
 * follow), the chosen one (`aria-current`) takes the range off again. Plain links: no JavaScript needed.
 */
export function RangeLinks({ name, links }: { name: string; links: RangeLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="mb-3 space-y-0.5" data-testid={`facet-${name}`}>
      {links.map((link) => (
        <li key={link.key}>
          <Link
            href={link.href}
            scroll={false}
            aria-current={link.selected ? 'true' : undefined}
            className="flex items-center gap-2.5 rounded-sm px-1 py-1.5 text-sm text-ink hover:bg-muted/70 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
            data-testid={`range-${name}`}
          >
            <span
              aria-hidden="true"
              className={cn(
                'h-4 w-4 shrink-0 rounded-full border bg-surface',
                link.selected ? 'border-[5px] border-accent' : 'border-ink/30',
              )}
            />
            <span className={cn('min-w-0 flex-1 truncate', link.selected && 'font-semibold')}>
              {link.label}
            </span>
            <span className="shrink-0 text-xs tabular-nums text-ink-subtle" data-testid="facet-count">
              {link.count.toLocaleString('tr-TR')}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
