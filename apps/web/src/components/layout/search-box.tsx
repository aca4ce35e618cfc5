'use client';

import type { Locale, Suggestion } from '@tarodan/contracts';
import { Search, Shapes, Store, Tag } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { cn } from '@/lib/cn';
import { localePath, stripLocale } from '@/lib/i18n/locale';
import { getSearchMessages } from '@/lib/i18n/search-messages';

type Props = { action: string; label: string; placeholder: string; locale: Locale; className?: string };

const DEBOUNCE_MS = 150;
const icons = { brand: Store, series: Shapes, title: Tag } as const;

/** Where a suggestion leads: a brand filters the search, a title opens its listing, a series searches for it. */
function suggestionHref(locale: Locale, action: string, suggestion: Suggestion): string {
  if (suggestion.kind === 'brand' && suggestion.ref)
    return `${action}?brand=${encodeURIComponent(suggestion.ref)}`;
  if (suggestion.kind === 'title' && suggestion.ref) return localePath(locale, `/ilan/${suggestion.ref}`);
  return `${action}?${new URLSearchParams({ q: suggestion.text })}`;
}

/**
 * The header search: a plain GET form to the search page (it works before any JavaScript loads), and with
 * JavaScript an ARIA combobox that suggests brands, series and titles (↑/↓ to move, Enter to open, Escape to close).
 */
export function SearchBox({ action, label, placeholder, locale, className }: Props) {
  const t = getSearchMessages(locale).suggest;
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const listId = useId();
  const [value, setValue] = useState('');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef<AbortController | null>(null);
  const onSearchPage = stripLocale(pathname) === '/ara';
  const urlQuery = onSearchPage ? (searchParams.get('q') ?? '') : null;

  // On the search page the box shows the query the results are for (also after back/forward).
  useEffect(() => {
    if (urlQuery !== null) setValue(urlQuery);
  }, [urlQuery]);

  useEffect(() => {
    const prefix = value.trim();
    if (prefix.length < 2) {
      setSuggestions([]);
      return;
    }
    const timer = setTimeout(() => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      fetch(`/bff/oneriler?q=${encodeURIComponent(prefix)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { suggestions: [] }))
        .then((body: { suggestions: Suggestion[] }) => {
          setSuggestions(body.suggestions);
          setActive(-1);
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);

  const expanded = open && suggestions.length > 0;

  function go(href: string) {
    setOpen(false);
    setActive(-1);
    router.push(href);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const picked = expanded ? suggestions[active] : undefined;
    if (picked) return go(suggestionHref(locale, action, picked));
    const q = value.trim();
    // Encoded as the form would (`q=hot+wheels`), so JavaScript and plain submits land on one address.
    go(q ? `${action}?${new URLSearchParams({ q })}` : action);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) => {
        if (!open) return step === 1 ? 0 : suggestions.length - 1;
        const next = current + step;
        return next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next;
      });
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for React 18's types and older browsers
    <form
      action={action}
      method="get"
      role="search"
      className={cn('relative', className)}
      onSubmit={onSubmit}
      data-testid="search-box"
    >
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <Search
        className="pointer-events-none absolute left-3.5 top-1/2 h-4 w-4 -translate-y-1/2 text-ink-subtle"
        aria-hidden="true"
      />
      <input
        id="site-search"
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        maxLength={200}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        placeholder={placeholder}
        autoComplete="off"
        enterKeyHint="search"
        className="h-11 w-full rounded-full border border-line bg-muted/60 pl-10 pr-4 text-[15px] text-ink placeholder:text-ink-subtle transition-colors focus:border-accent/50 focus:bg-surface focus:outline-none focus:ring-4 focus:ring-accent/10"
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t.label}
        hidden={!expanded}
        className="absolute inset-x-0 top-[calc(100%+6px)] z-50 overflow-hidden rounded-lg border border-line bg-surface py-1.5 shadow-lg"
        data-testid="search-suggestions"
      >
        {suggestions.map((suggestion, index) => {
          const Icon = icons[suggestion.kind];
          return (
            // biome-ignore lint/a11y/useFocusableInteractive: options stay unfocused; the input owns focus (aria-activedescendant)
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works on the input (↑/↓/Enter/Escape)
            <div
              key={`${suggestion.kind}-${suggestion.ref ?? suggestion.text}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the input, so the click is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(suggestionHref(locale, action, suggestion))}
              onMouseMove={() => setActive(index)}
              className={cn(
                'flex cursor-pointer items-center gap-3 px-4 py-2.5 text-[15px] text-ink',
                index === active && 'bg-muted',
              )}
              data-testid="search-suggestion"
            >
              <Icon className="h-4 w-4 shrink-0 text-ink-subtle" aria-hidden="true" />
              <span className="min-w-0 flex-1 truncate">{suggestion.text}</span>
              <span className="shrink-0 text-xs font-medium uppercase tracking-wide text-ink-subtle">
                {t[suggestion.kind]}
              </span>
            </div>
          );
        })}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {open && value.trim().length >= 2 ? t.count(suggestions.length) : ''}
      </p>
    </form>
  );
}
