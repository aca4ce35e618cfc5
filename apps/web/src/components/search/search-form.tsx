'use client';

import { SlidersHorizontal, X } from 'lucide-react';
import { useRouter } from 'next/navigation';
import {
  createContext,
  type FormEvent,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
  useTransition,
} from 'react';
import { cn } from '@/lib/cn';
import { parseSearchState, searchHref } from '@/lib/search-state';

type Drawer = { hydrated: boolean; open: boolean; setOpen: (open: boolean) => void };
const DrawerContext = createContext<Drawer>({ hydrated: false, open: false, setOpen: () => undefined });

/**
 * The search page's one GET form (filters, sort and the hidden query): without JavaScript its buttons submit it;
 * with JavaScript every change applies at once through the router (no full reload, the URL stays the state).
 * `stateKey` is the current query string: when it changes (a chip, back/forward) the controls follow the server.
 */
export function SearchForm({
  action,
  stateKey,
  className,
  children,
}: {
  action: string;
  stateKey: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [hydrated, setHydrated] = useState(false);
  const [open, setOpen] = useState(false);

  useEffect(() => setHydrated(true), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: stateKey is the trigger (the server's new defaults)
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    for (const control of element.elements) {
      if (control instanceof HTMLInputElement) {
        if (control.type === 'checkbox' || control.type === 'radio') control.checked = control.defaultChecked;
        // A field being typed in keeps its text (a range applied on leaving its other half).
        else if (control.type !== 'hidden' && control !== document.activeElement)
          control.value = control.defaultValue;
      } else if (control instanceof HTMLSelectElement) {
        for (const option of control.options) option.selected = option.defaultSelected;
      }
    }
  }, [stateKey]);

  useEffect(() => {
    const element = form.current;
    if (!element) return;
    // `change` (not React's per-keystroke onChange): boxes apply when ticked, text fields on Enter or leaving them.
    const onChange = () => element.requestSubmit();
    element.addEventListener('change', onChange);
    return () => element.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
    };
  }, [open]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    const { state, badPrices } = parseSearchState(params);
    // A price that is not one goes to the server as typed, so the page can say so.
    const href = badPrices.length > 0 ? `${action}?${params}` : searchHref(action, state);
    startTransition(() => router.push(href, { scroll: false }));
  }

  return (
    <DrawerContext.Provider value={{ hydrated, open, setOpen }}>
      <form
        ref={form}
        action={action}
        method="get"
        onSubmit={onSubmit}
        className={cn('group/search', className)}
        data-pending={pending ? '' : undefined}
        aria-busy={pending}
        data-testid="search-form"
        data-hydrated={hydrated ? '' : undefined}
      >
        {children}
      </form>
    </DrawerContext.Provider>
  );
}

/** Shown only until JavaScript takes over (then changes apply by themselves). */
export function NoScriptSubmit({ children, className }: { children: ReactNode; className?: string }) {
  const { hydrated } = useContext(DrawerContext);
  if (hydrated) return null;
  return (
    <button type="submit" className={className} data-testid="filters-submit">
      {children}
    </button>
  );
}

/**
 * The filter panel: a sidebar on wide screens; on phones a full-screen sheet, opened by the toggle (JavaScript) or
 * by its `#filtreler` anchor (`:target`, without JavaScript).
 */
export function FilterPanel({
  title,
  close,
  footer,
  children,
}: {
  title: string;
  close: string;
  footer: ReactNode;
  children: ReactNode;
}) {
  const { open, setOpen, hydrated } = useContext(DrawerContext);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  return (
    <aside
      id="filtreler"
      aria-labelledby="filters-title"
      className={cn(
        'lg:block',
        'max-lg:target:fixed max-lg:target:inset-0 max-lg:target:z-50 max-lg:target:flex max-lg:target:flex-col max-lg:target:bg-surface',
        open
          ? 'max-lg:fixed max-lg:inset-0 max-lg:z-50 max-lg:flex max-lg:flex-col max-lg:bg-surface'
          : 'max-lg:hidden',
      )}
      data-testid="filter-panel"
      data-open={open ? '' : undefined}
    >
      <div className="flex items-center justify-between border-b border-line px-4 py-3 lg:border-0 lg:px-0 lg:pb-2 lg:pt-0">
        <h2
          id="filters-title"
          ref={heading}
          tabIndex={-1}
          className="text-lg font-bold tracking-[-0.02em] text-ink focus:outline-none"
        >
          {title}
        </h2>
        {hydrated ? (
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="inline-flex h-10 w-10 items-center justify-center rounded-md text-ink hover:bg-muted lg:hidden"
            aria-label={close}
            data-testid="filters-close"
          >
            <X className="h-5 w-5" aria-hidden="true" />
          </button>
        ) : (
          <a
            href="#sonuclar"
            className="inline-flex h-10 w-10 items-center justify-center rounded-md text-ink hover:bg-muted lg:hidden"
            aria-label={close}
          >
            <X className="h-5 w-5" aria-hidden="true" />
          </a>
        )}
      </div>
      <div className="flex-1 overflow-y-auto px-4 pb-4 lg:overflow-visible lg:px-0">{children}</div>
      <div className="border-t border-line bg-surface p-4 lg:hidden">{footer}</div>
    </aside>
  );
}

/** "Show N listings" at the bottom of the phone sheet: closes it (JavaScript) or submits the form (without). */
export function SheetDone({ label, className }: { label: string; className?: string }) {
  const { hydrated, setOpen } = useContext(DrawerContext);
  return hydrated ? (
    <button type="button" className={className} onClick={() => setOpen(false)} data-testid="filters-done">
      {label}
    </button>
  ) : (
    <button type="submit" className={className} data-testid="filters-done">
      {label}
    </button>
  );
}

/** The phone-only "Filter" button beside the sort; counts the active filters. */
export function FilterToggle({ label, count }: { label: string; count: number }) {
  const { hydrated, open, setOpen } = useContext(DrawerContext);
  const classes =
    'inline-flex h-10 shrink-0 items-center gap-2 rounded-sm border border-line bg-surface px-3 text-sm font-semibold text-ink shadow-sm hover:border-ink/25 lg:hidden';
  const content = (
    <>
      <SlidersHorizontal className="h-4 w-4" aria-hidden="true" />
      {label}
      {count > 0 ? (
        <span className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-ink px-1.5 text-xs text-white">
          {count}
        </span>
      ) : null}
    </>
  );
  return hydrated ? (
    <button
      type="button"
      className={classes}
      onClick={() => setOpen(true)}
      aria-controls="filtreler"
      aria-expanded={open}
      data-testid="filters-toggle"
    >
      {content}
    </button>
  ) : (
    <a href="#filtreler" className={classes} data-testid="filters-toggle">
      {content}
    </a>
  );
}
