'use client';

import { Loader2, Search, X } from 'lucide-react';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { Messages } from '@/lib/messages/tr';

const DEBOUNCE_MS = 250;

/** Search as you type (debounced, URL-driven so results are shareable); "/" focuses, Esc clears. */
export function BrandSearch({ initialQuery, t }: { initialQuery: string; t: Messages['brands'] }) {
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(initialQuery);
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);
  const lastPushed = useRef(initialQuery);

  // Navigation from elsewhere (sidebar link, back button) changes the query under us: follow it.
  useEffect(() => {
    if (initialQuery === lastPushed.current) return;
    lastPushed.current = initialQuery;
    setValue(initialQuery);
  }, [initialQuery]);

  useEffect(() => {
    const query = value.trim();
    if (query === lastPushed.current) return;
    const timer = window.setTimeout(() => {
      lastPushed.current = query;
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      const search = params.toString();
      startTransition(() => router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false }));
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value, pathname, router]);

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
    // biome-ignore lint/a11y/useSemanticElements: <search> is not in React 18's JSX types; role=search is equivalent
    <form
      role="search"
      action={pathname}
      className="relative w-full sm:max-w-sm"
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor="brand-search" className="sr-only">
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
        id="brand-search"
        name="q"
        type="search"
        autoComplete="off"
        maxLength={60}
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
  );
}
