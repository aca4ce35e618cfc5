'use client';

import type { ZeroResultSort } from '@tarodan/contracts';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { SearchField } from '@/components/search-field';
import { NativeSelect } from '@/components/ui/native-select';
import type { Messages } from '@/lib/messages/tr';
import { useDebouncedQuery } from '@/lib/use-debounced-query';

type Props = {
  initial: { q: string; sort: ZeroResultSort };
  /** From the server (the contracts' list), so the client bundle does not pull in the schemas. */
  sorts: readonly ZeroResultSort[];
  t: Messages['searchInsights'];
};

function hrefFor(pathname: string, q: string, sort: ZeroResultSort): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (sort !== 'count') params.set('sort', sort);
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/**
 * Search as you type (debounced) and the sort; both live in the URL and go back to page 1. Typing replaces the
 * history entry, a new sort pushes one so Back undoes it. "/" focuses the search, Esc clears it.
 */
export function ZeroResultToolbar({ initial, sorts, t }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [sort, setSort] = useState(initial.sort);
  useEffect(() => setSort(initial.sort), [initial.sort]);
  const [pending, startTransition] = useTransition();
  const { value, setValue, markPushed } = useDebouncedQuery(initial.q, (query) =>
    startTransition(() => router.replace(hrefFor(pathname, query, initial.sort), { scroll: false })),
  );

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <SearchField
        id="zero-result-search"
        t={t}
        maxLength={100}
        value={value}
        onValueChange={setValue}
        pending={pending}
        action={pathname}
      />
      <NativeSelect
        aria-label={t.sort}
        value={sort}
        onChange={(event) => {
          const next = sorts.find((s) => s === event.target.value) ?? 'count';
          const query = value.trim();
          markPushed(query);
          setSort(next);
          startTransition(() => router.push(hrefFor(pathname, query, next), { scroll: false }));
        }}
        className="sm:w-44"
        data-testid="zero-result-sort"
      >
        {sorts.map((option) => (
          <option key={option} value={option}>
            {t.sorts[option]}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
