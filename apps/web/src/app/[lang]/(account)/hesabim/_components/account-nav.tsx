'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/cn';

type Item = { href: string; label: string };

/** Section tabs of the account area; scrolls sideways on narrow phones. */
export function AccountNav({ label, items }: { label: string; items: Item[] }) {
  const pathname = usePathname() ?? '';
  // usePathname reports the browser path ("/hesabim", "/en/hesabim"): the first item is the section root.
  const active = [...items]
    .reverse()
    .find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  return (
    <nav aria-label={label} className="-mx-4 mt-6 overflow-x-auto border-b border-line px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {items.map((item) => {
          const current = item === active;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  '-mb-px inline-flex h-11 items-center border-b-2 px-3 text-[15px] font-semibold transition-colors',
                  current
                    ? 'border-accent text-ink'
                    : 'border-transparent text-ink-muted hover:border-line hover:text-ink',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
