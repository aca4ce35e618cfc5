import type { ListingStatus } from '@tarodan/contracts';
import Link from 'next/link';
import { cn } from '@/lib/cn';

type Props = {
  base: string;
  current: ListingStatus | undefined;
  label: string;
  all: string;
  statuses: readonly ListingStatus[];
  names: Record<ListingStatus, string>;
};

/** Status filters as links (`?durum=`), so each tab has its own address and works without JavaScript. */
export function StatusTabs({ base, current, label, all, statuses, names }: Props) {
  const tabs: { key: string; label: string; href: string; active: boolean }[] = [
    { key: 'all', label: all, href: base, active: current === undefined },
    ...statuses.map((status) => ({
      key: status,
      label: names[status],
      href: `${base}?durum=${status}`,
      active: current === status,
    })),
  ];
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto px-1 pb-1">
      <ul className="flex min-w-max gap-2" data-testid="status-tabs">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.active ? 'page' : undefined}
              className={cn(
                'inline-flex h-9 items-center rounded-full border px-3.5 text-sm font-semibold transition-colors',
                tab.active
                  ? 'border-ink bg-ink text-white'
                  : 'border-line bg-surface text-ink-muted hover:border-ink/25 hover:text-ink',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
