import type { Role, UserStatus } from '@tarodan/contracts';
import { BadgeCheck, ShieldCheck, ShieldOff, Store } from 'lucide-react';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import type { Messages } from '@/lib/messages/tr';

const roleVariant: Record<Role, BadgeProps['variant']> = {
  admin: 'brand',
  moderator: 'secondary',
  member: 'outline',
};

const statusVariant: Record<UserStatus, BadgeProps['variant']> = {
  active: 'success',
  suspended: 'warning',
  banned: 'destructive',
  deleted: 'outline',
};

export function RoleBadge({ role, t }: { role: Role; t: Messages['roles'] }) {
  return (
    <Badge variant={roleVariant[role]} data-testid="role-badge" data-role={role}>
      {t[role]}
    </Badge>
  );
}

export function StatusBadge({ status, t }: { status: UserStatus; t: Messages['statuses'] }) {
  return (
    <Badge variant={statusVariant[status]} data-testid="status-badge" data-status={status}>
      {t[status]}
    </Badge>
  );
}

export function VerifiedBadge({ verified, t }: { verified: boolean; t: Messages['users'] }) {
  if (!verified) {
    return (
      <Badge variant="outline" className="border-dashed">
        {t.unverified}
      </Badge>
    );
  }
  return (
    <Badge variant="outline" title={t.verified}>
      <BadgeCheck className="size-3 text-success" aria-hidden="true" />
      {t.verified}
    </Badge>
  );
}

export function SellerBadge({ t }: { t: Messages['users'] }) {
  return (
    <Badge variant="secondary">
      <Store className="size-3" aria-hidden="true" />
      {t.seller}
    </Badge>
  );
}

/** Two-factor on or off; `short` drops the "Two-step verification:" prefix where a label already says it. */
export function MfaBadge({
  enabled,
  t,
  short = false,
}: {
  enabled: boolean;
  t: Messages['users'];
  short?: boolean;
}) {
  const Icon = enabled ? ShieldCheck : ShieldOff;
  const state = enabled ? t.mfaOn : t.mfaOff;
  return (
    <Badge variant={enabled ? 'success' : 'outline'} data-testid="mfa-badge" data-enabled={enabled}>
      <Icon className="size-3" aria-hidden="true" />
      {short ? state : `${t.mfa}: ${state}`}
    </Badge>
  );
}
