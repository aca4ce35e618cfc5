'use client';

import type { Role, UserStatus } from '@tarodan/contracts';
import { Loader2, Search, X } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import type { Messages } from '@/lib/messages/tr';

const DEBOUNCE_MS = 250;

type Props = {
  initial: { q: string; role: string; status: string };
  /** From the server (the contracts' lists), so the client bundle does not pull in the schemas. */
  roles: readonly Role[];
  statuses: readonly UserStatus[];
  t: Pick<Messages, 'users' | 'roles' | 'statuses'>;
};

/** Search (debounced) and role/status filters; all of it lives in the URL, so a filtered list is shareable. */
export function UserFilters({ initial, roles, statuses, t }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [value, setValue] = useState(initial.q);
  // The selects show the choice at once, while the list loads; the URL (via `initial`) stays the source of truth.
  const [role, setRole] = useState(initial.role);
  const [status, setStatus] = useState(initial.status);
  useEffect(() => setRole(initial.role), [initial.role]);
  useEffect(() => setStatus(initial.status), [initial.status]);
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);
  const lastPushed = useRef(initial.q);

  /**
   * Changes some filters, keeps the others, and goes back to page 1. Typing replaces the history entry (no entry per
   * keystroke); picking a role or status pushes one, so Back undoes it.
   */
  const navigate = useCallback(
    (changes: Record<string, string>, history: 'push' | 'replace' = 'push') => {
      const params = new URLSearchParams(searchParams.toString());
      for (const [key, next] of Object.entries(changes)) {
        if (next) params.set(key, next);
        else params.delete(key);
      }
      params.delete('page');
      const search = params.toString();
      const href = search ? `${pathname}?${search}` : pathname;
      startTransition(() => router[history](href, { scroll: false }));
    },
    [searchParams, pathname, router],
  );

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
      navigate({ q: query }, 'replace');
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value, navigate]);

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

  const filtered = Boolean(initial.q || initial.role || initial.status);

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in React 18's JSX types; role=search is equivalent */}
      <form
        role="search"
        action={pathname}
        className="relative w-full sm:max-w-sm"
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor="user-search" className="sr-only">
          {t.users.search}
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
          id="user-search"
          name="q"
          type="search"
          autoComplete="off"
          maxLength={100}
          value={value}
          placeholder={t.users.searchPlaceholder}
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
            aria-label={t.users.clear}
            onClick={() => {
              setValue('');
              inputRef.current?.focus();
            }}
          >
            <X aria-hidden="true" />
          </Button>
        ) : null}
      </form>
      <div className="flex items-center gap-2">
        <NativeSelect
          aria-label={t.users.roleFilter}
          value={role}
          onChange={(event) => {
            setRole(event.target.value);
            navigate({ role: event.target.value });
          }}
          className="flex-1 sm:w-36 sm:flex-none"
        >
          <option value="">{t.users.allRoles}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          aria-label={t.users.statusFilter}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value);
            navigate({ status: event.target.value });
          }}
          className="flex-1 sm:w-36 sm:flex-none"
        >
          <option value="">{t.users.allStatuses}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t.statuses[status]}
            </option>
          ))}
        </NativeSelect>
        {filtered ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="hidden text-muted-foreground sm:inline-flex"
            onClick={() => {
              lastPushed.current = '';
              setValue('');
              startTransition(() => router.push(pathname, { scroll: false }));
            }}
          >
            <X aria-hidden="true" />
            {t.users.resetFilters}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
