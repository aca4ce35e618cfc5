'use client';

import type { Role, UserStatus } from '@tarodan/contracts';
import { X } from 'lucide-react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState, useTransition } from 'react';
import { SearchField } from '@/components/search-field';
import { Button } from '@/components/ui/button';
import { NativeSelect } from '@/components/ui/native-select';
import type { Messages } from '@/lib/messages/tr';
import { useDebouncedQuery } from '@/lib/use-debounced-query';

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
  // The selects show the choice at once, while the list loads; the URL (via `initial`) stays the source of truth.
  const [role, setRole] = useState(initial.role);
  const [status, setStatus] = useState(initial.status);
  useEffect(() => setRole(initial.role), [initial.role]);
  useEffect(() => setStatus(initial.status), [initial.status]);
  const [pending, startTransition] = useTransition();

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

  const { value, setValue, markPushed } = useDebouncedQuery(initial.q, (query) =>
    navigate({ q: query }, 'replace'),
  );

  const filtered = Boolean(initial.q || initial.role || initial.status);

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <SearchField
        id="user-search"
        t={t.users}
        maxLength={100}
        value={value}
        onValueChange={setValue}
        pending={pending}
        action={pathname}
      />
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
              markPushed('');
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
