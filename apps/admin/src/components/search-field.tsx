'use client';

import { Loader2, Search, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/utils';

/** `search` labels the box for screen readers only. */
export type SearchFieldTexts = { search: string; searchPlaceholder: string; clear: string };

type Props = {
  id: string;
  maxLength: number;
  t: SearchFieldTexts;
  value: string;
  onValueChange: (value: string) => void;
  /** Shows a spinner in place of the search icon while the results load. */
  pending: boolean;
  /** Where the form would go without JavaScript: the page itself. */
  action: string;
};

/** A search box (`name="q"`) with a clear button; "/" anywhere on the page focuses it, Esc clears it. */
export function SearchField({ id, maxLength, t, value, onValueChange, pending, action }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);

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

  const Icon = pending ? Loader2 : Search;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not in React 18's JSX types; role=search is equivalent
    <form
      role="search"
      action={action}
      className="relative w-full sm:max-w-sm"
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor={id} className="sr-only">
        {t.search}
      </label>
      <Icon
        className={cn(
          'absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground',
          pending && 'animate-spin',
        )}
        aria-hidden="true"
      />
      <Input
        ref={inputRef}
        id={id}
        name="q"
        type="search"
        autoComplete="off"
        maxLength={maxLength}
        value={value}
        placeholder={t.searchPlaceholder}
        onChange={(event) => onValueChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onValueChange('');
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
            onValueChange('');
            inputRef.current?.focus();
          }}
        >
          <X aria-hidden="true" />
        </Button>
      ) : null}
    </form>
  );
}
