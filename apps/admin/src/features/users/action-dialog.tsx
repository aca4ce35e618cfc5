'use client';

import type { Role, UserStatus } from '@tarodan/contracts';
import { AlertCircle, Loader2 } from 'lucide-react';
import { useFormStatus } from 'react-dom';
import type { UserActionError } from '@/app/(panel)/users/actions';
import { CsrfField } from '@/components/csrf';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { staffActionErrorText } from '@/lib/action-error';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';
import type { ActionTexts } from './user-actions';
import { needsReason, type UserActionKind } from './user-permissions';

type Props = {
  kind: UserActionKind;
  user: { id: string; displayName: string; role: Role; status: UserStatus };
  roles: readonly Role[];
  failure: UserActionError | null;
  action: (form: FormData) => void;
  onClose: () => void;
  t: ActionTexts;
};

function texts(kind: UserActionKind, t: Messages['users']) {
  switch (kind) {
    case 'suspend':
      return { title: t.suspendTitle, text: t.suspendText, submit: t.suspend };
    case 'ban':
      return { title: t.banTitle, text: t.banText, submit: t.ban };
    case 'reinstate':
      return { title: t.reinstateTitle, text: t.reinstateText, submit: t.reinstate };
    case 'role':
      return { title: t.roleTitle, text: t.roleText, submit: t.changeRole };
  }
}

/** Confirm dialog for one action: the reason (suspend, ban) or the new role, and the API's refusal if any. */
export function ActionDialog({ kind, user, roles, failure, action, onClose, t }: Props) {
  const copy = texts(kind, t.users);
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent closeLabel={t.app.close} data-testid="user-action-dialog">
        <form action={action} className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>{format(copy.title, { name: user.displayName })}</DialogTitle>
            <DialogDescription>{copy.text}</DialogDescription>
          </DialogHeader>
          <CsrfField />
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="kind" value={kind} />
          {failure ? (
            <Alert variant="destructive" data-testid="user-action-error">
              <AlertCircle aria-hidden="true" />
              <span>{staffActionErrorText(failure, t.users)}</span>
            </Alert>
          ) : null}
          {needsReason(kind) ? (
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="action-reason">{t.users.reason}</Label>
              <Textarea
                id="action-reason"
                name="reason"
                required
                minLength={5}
                maxLength={500}
                rows={3}
                autoFocus
                placeholder={t.users.reasonPlaceholder}
                aria-describedby="action-reason-hint"
                aria-invalid={failure === 'invalid' || undefined}
              />
              <p id="action-reason-hint" className="text-xs text-muted-foreground">
                {t.users.reasonHint}
              </p>
            </div>
          ) : null}
          {kind === 'role' ? (
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="action-role">{t.users.newRole}</Label>
              <NativeSelect
                id="action-role"
                name="role"
                defaultValue={roles.find((role) => role !== user.role)}
                required
              >
                {roles.map((role) => (
                  <option key={role} value={role} disabled={role === user.role}>
                    {t.roles[role]}
                  </option>
                ))}
              </NativeSelect>
            </div>
          ) : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" size="sm">
                {t.users.cancel}
              </Button>
            </DialogClose>
            <Confirm
              label={copy.submit}
              pendingLabel={t.users.working}
              destructive={kind === 'ban' || kind === 'suspend'}
            />
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function Confirm({
  label,
  pendingLabel,
  destructive,
}: {
  label: string;
  pendingLabel: string;
  destructive: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="sm" variant={destructive ? 'destructive' : 'default'} disabled={pending}>
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
      {pending ? pendingLabel : label}
    </Button>
  );
}
