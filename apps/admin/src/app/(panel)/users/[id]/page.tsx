import { roles } from '@tarodan/contracts';
import { AlertTriangle, ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { AuditTable } from '@/features/users/audit-table';
import { SellerCard } from '@/features/users/seller-card';
import { UserActions } from '@/features/users/user-actions';
import { MfaBadge, RoleBadge, SellerBadge, StatusBadge, VerifiedBadge } from '@/features/users/user-badges';
import { allowedUserActions } from '@/features/users/user-permissions';
import { ProfileCard, SecurityCard } from '@/features/users/user-profile';
import { ApiError } from '@/lib/api';
import { getCurrentUser, withSession } from '@/lib/auth';
import { getLocale, getMessages, intlLocale } from '@/lib/i18n';
import { getUser } from '@/lib/users-api';
import { initials } from '@/lib/utils';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Once per request: the metadata and the page share it. Unknown or malformed ids are a 404 page. */
const loadUser = cache(async (id: string) => {
  if (!UUID.test(id)) notFound();
  try {
    return await withSession((token) => getUser(token, id));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: { id: string } }): Promise<Metadata> {
  const user = await loadUser(params.id);
  return { title: `${user.displayName} · ${getMessages().users.title}` };
}

export default async function UserPage({ params }: { params: { id: string } }) {
  const [user, viewer] = await Promise.all([loadUser(params.id), getCurrentUser()]);
  const locale = getLocale();
  const messages = getMessages(locale);
  const t = messages.users;
  const numberLocale = intlLocale(locale);
  const dateFormat = new Intl.DateTimeFormat(numberLocale, {
    dateStyle: 'medium',
    timeZone: 'Europe/Istanbul',
  });
  const dateTimeFormat = new Intl.DateTimeFormat(numberLocale, {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Istanbul',
  });
  const texts = { users: t, roles: messages.roles, statuses: messages.statuses };
  const allowed = allowedUserActions(viewer, user);

  return (
    <>
      <Button variant="ghost" size="sm" asChild className="-ml-2 w-fit text-muted-foreground">
        <Link href="/users">
          <ArrowLeft aria-hidden="true" />
          {t.back}
        </Link>
      </Button>
      <div className="-mt-2 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between md:-mt-4">
        <div className="flex min-w-0 items-center gap-3">
          <span
            aria-hidden="true"
            className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand/15 text-sm font-semibold text-primary dark:text-brand"
          >
            {initials(user.displayName)}
          </span>
          <div className="min-w-0">
            <h1 className="truncate text-lg font-semibold tracking-tight sm:text-xl">{user.displayName}</h1>
            <p className="truncate text-sm text-muted-foreground">{user.email}</p>
            <div className="mt-1.5 flex flex-wrap gap-1">
              <RoleBadge role={user.role} t={messages.roles} />
              <StatusBadge status={user.status} t={messages.statuses} />
              <VerifiedBadge verified={user.emailVerified} t={t} />
              {user.isSeller ? <SellerBadge t={t} /> : null}
              {user.role !== 'member' ? <MfaBadge enabled={user.mfaEnabled} t={t} /> : null}
            </div>
          </div>
        </div>
        <UserActions
          user={user}
          allowed={allowed}
          roles={roles}
          t={{ users: t, roles: messages.roles, app: messages.app, auditActions: messages.auditActions }}
        />
      </div>
      {user.status !== 'active' && user.statusReason ? (
        <Alert variant={user.status === 'banned' ? 'destructive' : 'info'}>
          <AlertTriangle aria-hidden="true" />
          <span>
            <span className="font-medium">{t.statusReason}: </span>
            <span data-testid="user-status-reason">{user.statusReason}</span>
          </span>
        </Alert>
      ) : null}
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <ProfileCard user={user} t={texts} dateFormat={dateFormat} />
        <div className="flex flex-col gap-4">
          <SecurityCard user={user} t={texts} numberLocale={numberLocale} />
          <SellerCard
            seller={user.seller}
            t={{ users: t, sellerTypes: messages.sellerTypes, sellerStatuses: messages.sellerStatuses }}
            dateFormat={dateFormat}
          />
        </div>
      </div>
      <AuditTable
        entries={user.audit}
        t={{ ...texts, auditActions: messages.auditActions }}
        dateTimeFormat={dateTimeFormat}
      />
    </>
  );
}
