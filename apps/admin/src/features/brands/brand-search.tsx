'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { SearchField } from '@/components/search-field';
import type { Messages } from '@/lib/messages/tr';
import { useDebouncedQuery } from '@/lib/use-debounced-query';

/** Search as you type (debounced, URL-driven so results are shareable); "/" focuses, Esc clears. */
export function BrandSearch({ initialQuery, t }: { initialQuery: string; t: Messages['brands'] }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const { value, setValue } = useDebouncedQuery(initialQuery, (query) => {
    const href = query ? `${pathname}?${new URLSearchParams({ q: query })}` : pathname;
    startTransition(() => router.replace(href, { scroll: false }));
  });

  return (
    <SearchField
      id="brand-search"
      t={t}
      maxLength={60}
      value={value}
      onValueChange={setValue}
      pending={pending}
      action={pathname}
    />
  );
}
