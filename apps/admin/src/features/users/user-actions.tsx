'use client';

import type { Role, UserStatus } from '@tarodan/contracts';
import { Ban, CheckCircle2, PauseCircle, PlayCircle, UserCog } from 'lucide-react';
import type * as React from 'react';
import { useEffect, useState } from 'react';
import { useFormState } from 'react-dom';
import { userAction } from '@/app/(panel)/users/actions';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonProps } from '@/components/ui/button';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';
import { ActionDialog } from './action-dialog';
import type { UserActionKind } from './user-permissions';

export type ActionTexts = Pick<Messages, 'users' | 'roles' | 'app' | 'auditActions'>;

type Props = {
  user: { id: string; displayName: string; role: Role; status: UserStatus };
  allowed: UserActionKind[];
  roles: readonly Role[];
  t: ActionTexts;
};

const buttons: Record<UserActionKind, { icon: React.ElementType; variant: ButtonProps['variant'] }> = {
  suspend: { icon: PauseCircle, variant: 'outline' },
  ban: { icon: Ban, variant: 'destructive' },
  reinstate: { icon: PlayCircle, variant: 'outline' },
  role: { icon: UserCog, variant: 'outline' },
};

export function actionLabel(kind: UserActionKind, t: Messages['users']): string {
  return { suspend: t.suspend, ban: t.ban, reinstate: t.reinstate, role: t.changeRole }[kind];
}

/** The buttons the viewer's role allows, each behind a confirm dialog; the page re-renders with the new state. */
export function UserActions({ user, allowed, roles, t }: Props) {
  const [state, action] = useFormState(userAction, null);
  const [open, setOpen] = useState<{ kind: UserActionKind; at: number } | null>(null);
  const [done, setDone] = useState<{ kind: UserActionKind; at: number } | null>(null);

  useEffect(() => {
    if (state?.ok && open && state.at > open.at) {
      setOpen(null);
      setDone({ kind: state.kind, at: state.at });
    }
  }, [state, open]);

  const failure = state && !state.ok && open && state.at > open.at ? state.error : null;

  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      {allowed.length > 0 ? (
        <div className="flex flex-wrap gap-2" data-testid="user-actions">
          {allowed.map((kind) => {
            const { icon: Icon, variant } = buttons[kind];
            return (
              <Button
                key={kind}
                variant={variant}
                size="sm"
                onClick={() => {
                  setDone(null);
                  setOpen({ kind, at: Date.now() });
                }}
              >
                <Icon aria-hidden="true" />
                {actionLabel(kind, t.users)}
              </Button>
            );
          })}
        </div>
      ) : null}
      {done ? (
        <Alert variant="default" className="w-fit py-1.5 text-xs" data-testid="user-action-done">
          <CheckCircle2 aria-hidden="true" className="text-success" />
          <span>
            {format(t.users.done, {
              action: t.auditActions[`user.${done.kind}`] ?? actionLabel(done.kind, t.users),
            })}
          </span>
        </Alert>
      ) : null}
      {open ? (
        <ActionDialog
          key={open.at}
          kind={open.kind}
          user={user}
          roles={roles}
          failure={failure}
          action={action}
          onClose={() => setOpen(null)}
          t={t}
        />
      ) : null}
    </div>
  );
}
