import type { AdminUserRow } from '@tarodan/contracts';
import Link from 'next/link';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Messages } from '@/lib/messages/tr';
import { initials } from '@/lib/utils';
import { RoleBadge, SellerBadge, StatusBadge, VerifiedBadge } from './user-badges';

type Props = {
  users: AdminUserRow[];
  t: Pick<Messages, 'users' | 'roles' | 'statuses'>;
  dateFormat: Intl.DateTimeFormat;
};

/** One dense row per account; the name links to the detail page. */
export function UserTable({ users, t, dateFormat }: Props) {
  return (
    <Table data-testid="user-table">
      <TableHeader>
        <TableRow>
          <TableHead>{t.users.user}</TableHead>
          <TableHead className="hidden sm:table-cell">{t.users.role}</TableHead>
          <TableHead>{t.users.status}</TableHead>
          <TableHead className="hidden md:table-cell">{t.users.flags}</TableHead>
          <TableHead className="hidden text-right sm:table-cell">{t.users.joined}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id} data-user-id={user.id}>
            <TableCell className="max-w-0 py-1.5 sm:max-w-none">
              <div className="flex min-w-0 items-center gap-2.5">
                <span
                  aria-hidden="true"
                  className="hidden size-7 shrink-0 items-center justify-center rounded-full bg-muted text-[11px] font-semibold text-muted-foreground sm:flex"
                >
                  {initials(user.displayName)}
                </span>
                <div className="flex min-w-0 flex-col leading-tight">
                  <Link
                    href={`/users/${user.id}`}
                    className="truncate font-medium hover:text-primary hover:underline dark:hover:text-brand"
                  >
                    {user.displayName}
                  </Link>
                  <span className="truncate text-xs text-muted-foreground">{user.email}</span>
                  {user.role === 'member' ? null : (
                    <span className="mt-1 sm:hidden">
                      <RoleBadge role={user.role} t={t.roles} />
                    </span>
                  )}
                </div>
              </div>
            </TableCell>
            <TableCell className="hidden py-1.5 sm:table-cell">
              <RoleBadge role={user.role} t={t.roles} />
            </TableCell>
            <TableCell className="py-1.5">
              <StatusBadge status={user.status} t={t.statuses} />
            </TableCell>
            <TableCell className="hidden py-1.5 md:table-cell">
              <div className="flex flex-wrap gap-1">
                <VerifiedBadge verified={user.emailVerified} t={t.users} />
                {user.isSeller ? <SellerBadge t={t.users} /> : null}
              </div>
            </TableCell>
            <TableCell className="tabular hidden whitespace-nowrap py-1.5 text-right text-xs text-muted-foreground sm:table-cell">
              <time dateTime={user.createdAt}>{dateFormat.format(new Date(user.createdAt))}</time>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
