import type * as React from 'react';
import { cn } from '@/lib/utils';

export type DetailItem = { label: string; value: React.ReactNode; mono?: boolean; testId?: string };

/** Label/value rows for a detail card: two columns from `sm`, stacked on phones. Empty values show a dash. */
export function DetailList({ items, className }: { items: DetailItem[]; className?: string }) {
  return (
    <dl className={cn('divide-y text-sm', className)}>
      {items.map((item) => (
        <div key={item.label} className="grid grid-cols-1 gap-0.5 py-2 sm:grid-cols-[9rem_1fr] sm:gap-3">
          <dt className="text-xs text-muted-foreground sm:pt-px">{item.label}</dt>
          <dd className="min-w-0 break-words" data-testid={item.testId}>
            {item.value === null || item.value === undefined || item.value === '' ? (
              <span className="text-muted-foreground/60">—</span>
            ) : (
              <span className={cn(item.mono && 'font-mono text-[13px]')}>{item.value}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
