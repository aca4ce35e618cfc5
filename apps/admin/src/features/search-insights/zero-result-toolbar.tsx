'use client';

import type { ZeroResultSort } from '@tarodan/contracts';
import { Loader2, Search, X } from 'lucide-react';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import type { Messages } from '@/lib/messages/tr';

const DEBOUNCE_MS = 250;

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
  const [value, setValue] = useState(initial.q);
  const [sort, setSort] = useState(initial.sort);
  useEffect(() => setSort(initial.sort), [initial.sort]);
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);
  const lastPushed = useRef(initial.q);

  // Navigation from elsewhere (sidebar link, back button) changes the query under us: follow it.
  useEffect(() => {
    if (initial.q === lastPushed.current) return;
    lastPushed.current = initial.q;
    setValue(initial.q);
  }, [initial.q]);

  useEffect(() => {
    const query = value.trim();
    if (query === lastPushed.current) return;
    const timer = window.setTimeout(() => {
      lastPushed.current = query;
      startTransition(() => router.replace(hrefFor(pathname, query, initial.sort), { scroll: false }));
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value, pathname, router, initial.sort]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (event.key === '/' && !typing) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in React 18's JSX types; role=search is equivalent */}
      <form
        role="search"
        action={pathname}
        className="relative w-full sm:max-w-sm"
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor="zero-result-search" className="sr-only">
          {t.search}
        </label>
        {pending ? (
          <Loader2
            className="absolute left-2.5 top-1/2 size-4 -translate-y-1/2 animate-spin text-muted-foreground"
            aria-hidden="true"
          />
        ) : (
          <Search
            className="absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden="true"
          />
        )}
        <Input
          ref={inputRef}
          id="zero-result-search"
          name="q"
          type="search"
          autoComplete="off"
          maxLength={100}
          value={value}
          placeholder={t.searchPlaceholder}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setValue('');
          }}
          className="pl-8 pr-8 [&::-webkit-search-cancel-button]:hidden"
        />
        {value ? (
          <Button
            type="button"
            variant="ghost"
            size="icon-sm"
            className="absolute right-0.5 top-1/2 size-7 -translate-y-1/2"
            aria-label={t.clear}
            onClick={() => {
              setValue('');
              inputRef.current?.focus();
            }}
          >
            <X aria-hidden="true" />
          </Button>
        ) : null}
      </form>
      <NativeSelect
        aria-label={t.sort}
        value={sort}
        onChange={(event) => {
          const next = sorts.find((s) => s === event.target.value) ?? 'count';
          const query = value.trim();
          lastPushed.current = query;
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
