import type { AdminUserDetail } from '@tarodan/contracts';
import { DetailList } from '@/components/detail-list';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { Messages } from '@/lib/messages/tr';
import { MfaBadge, RoleBadge, StatusBadge, VerifiedBadge } from './user-badges';

type Texts = Pick<Messages, 'users' | 'roles' | 'statuses'>;

export function ProfileCard({
  user,
  t,
  dateFormat,
}: {
  user: AdminUserDetail;
  t: Texts;
  dateFormat: Intl.DateTimeFormat;
}) {
  return (
    <Card>
      <CardHeader className="pb-1">
        <CardTitle>{t.users.profile}</CardTitle>
      </CardHeader>
      <CardContent className="pb-2">
        <DetailList
          items={[
            { label: t.users.email, value: user.email },
            {
              label: t.users.emailVerified,
              value: <VerifiedBadge verified={user.emailVerified} t={t.users} />,
            },
            { label: t.users.role, value: <RoleBadge role={user.role} t={t.roles} /> },
            {
              label: t.users.status,
              value: <StatusBadge status={user.status} t={t.statuses} />,
              testId: 'user-status',
            },
            { label: t.users.mobile, value: user.mobile, mono: true },
            { label: t.users.city, value: user.city },
            {
              label: t.users.joined,
              value: <time dateTime={user.createdAt}>{dateFormat.format(new Date(user.createdAt))}</time>,
            },
            {
              label: t.users.id,
              value: <span className="text-xs text-muted-foreground">{user.id}</span>,
              mono: true,
            },
          ]}
        />
      </CardContent>
    </Card>
  );
}

export function SecurityCard({
  user,
  t,
  numberLocale,
}: {
  user: AdminUserDetail;
  t: Texts;
  numberLocale: string;
}) {
  return (
    <Card>
      <CardHeader className="pb-1">
        <CardTitle>{t.users.security}</CardTitle>
      </CardHeader>
      <CardContent className="pb-2">
        <DetailList
          items={[
            { label: t.users.mfa, value: <MfaBadge enabled={user.mfaEnabled} t={t.users} short /> },
            {
              label: t.users.activeSessions,
              value: (
                <span className="tabular font-medium" data-testid="active-sessions">
                  {new Intl.NumberFormat(numberLocale).format(user.activeSessions)}
                </span>
              ),
            },
          ]}
        />
      </CardContent>
    </Card>
  );
}
