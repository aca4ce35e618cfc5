import { type Role, roles, type UserStatus, userStatuses } from '@tarodan/contracts';
import { SearchX, Users } from 'lucide-react';
import type { Metadata } from 'next';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { Card } from '@/components/ui/card';
import { UserFilters } from '@/features/users/user-filters';
import { UserTable } from '@/features/users/user-table';
import { withSession } from '@/lib/auth';
import { getLocale, getMessages, intlLocale } from '@/lib/i18n';
import { firstParam, pageParam } from '@/lib/search-params';
import { listUsers } from '@/lib/users-api';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 25;
const MAX_QUERY_LENGTH = 100;

type SearchParams = {
  q?: string | string[];
  role?: string | string[];
  status?: string | string[];
  page?: string | string[];
};

function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | undefined {
  return list.find((item) => item === value);
}

export function generateMetadata(): Metadata {
  return { title: getMessages().users.title };
}

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = getLocale();
  const messages = getMessages(locale);
  const t = messages.users;
  const q = firstParam(searchParams.q)?.trim().slice(0, MAX_QUERY_LENGTH) || undefined;
  const role: Role | undefined = oneOf(roles, firstParam(searchParams.role));
  const status: UserStatus | undefined = oneOf(userStatuses, firstParam(searchParams.status));
  const page = pageParam(searchParams.page);
  const result = await withSession((token) =>
    listUsers(token, { q, role, status, page, pageSize: PAGE_SIZE }),
  );
  const filtered = Boolean(q || role || status);
  const texts = { users: t, roles: messages.roles, statuses: messages.statuses };
  const dateFormat = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'Europe/Istanbul',
  });

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <UserFilters
        initial={{ q: q ?? '', role: role ?? '', status: status ?? '' }}
        roles={roles}
        statuses={userStatuses}
        t={texts}
      />
      {result.items.length === 0 && page === 1 ? (
        <EmptyState icon={filtered ? SearchX : Users} title={t.emptyTitle}>
          {t.emptyText}
        </EmptyState>
      ) : (
        <Card className="overflow-hidden">
          <UserTable users={result.items} t={texts} dateFormat={dateFormat} />
          <div className="border-t">
            <Pagination
              page={page}
              pageSize={result.pageSize}
              total={result.total}
              path="/users"
              params={{ q, role, status }}
              t={t}
              numberLocale={intlLocale(locale)}
              rangeTestId="user-range"
            />
          </div>
        </Card>
      )}
    </>
  );
}
