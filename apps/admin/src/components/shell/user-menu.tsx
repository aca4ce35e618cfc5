'use client';

import { ChevronsUpDown, LogOut } from 'lucide-react';
import { useTransition } from 'react';
import { useCsrfToken } from '@/components/csrf';
import { Badge } from '@/components/ui/badge';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { signOutAction } from '@/lib/actions';
import type { SessionUser } from '@/lib/auth-schemas';
import type { Messages } from '@/lib/messages/tr';
import { initials } from '@/lib/utils';

type Props = { user: SessionUser; t: Messages['userMenu']; roles: Messages['roles'] };

export function UserMenu({ user, t, roles }: Props) {
  const [pending, startTransition] = useTransition();
  const csrf = useCsrfToken();

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex h-9 items-center gap-2 rounded-md px-1.5 text-left transition-colors hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-accent"
        aria-label={t.open}
        data-testid="user-menu"
      >
        <span
          aria-hidden="true"
          className="flex size-7 items-center justify-center rounded-full bg-brand/15 text-[11px] font-semibold text-primary dark:text-brand"
        >
          {initials(user.displayName)}
        </span>
        <span className="hidden min-w-0 flex-col leading-tight sm:flex">
          <span className="max-w-[10rem] truncate text-[13px] font-medium">{user.displayName}</span>
          <span className="text-[11px] text-muted-foreground">{roles[user.role]}</span>
        </span>
        <ChevronsUpDown className="hidden size-3.5 text-muted-foreground sm:block" aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="flex flex-col gap-1">
          <span className="truncate font-medium">{user.displayName}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{user.email}</span>
          <Badge variant="brand" className="mt-1 w-fit" data-testid="user-role">
            {roles[user.role]}
          </Badge>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem
          disabled={pending}
          onSelect={(event) => {
            event.preventDefault();
            startTransition(() => signOutAction(csrf));
          }}
        >
          <LogOut aria-hidden="true" />
          {t.signOut}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
