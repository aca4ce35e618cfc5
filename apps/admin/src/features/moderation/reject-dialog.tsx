'use client';

import { AlertCircle, Loader2 } from 'lucide-react';
import { useState } from 'react';
import { useFormStatus } from 'react-dom';
import type { ModerationActionState } from '@/app/(panel)/moderation/actions';
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
import { Textarea } from '@/components/ui/textarea';
import { staffActionErrorText } from '@/lib/action-error';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';
import { cn } from '@/lib/utils';
import { otherFieldErrors } from './moderation-errors';

const MIN = 10;
const MAX = 1000;

type Props = {
  listing: { id: string; title: string };
  /** The failure of this dialog's last submit, if any (older ones are not passed in). */
  failure: NonNullable<ModerationActionState> | null;
  action: (form: FormData) => void;
  onClose: () => void;
  t: Messages['moderation'];
  closeLabel: string;
};

/**
 * The reason is required (10–1000 characters, as rejectListingSchema says) and checked here before it is sent; the
 * API's own field errors, if it still refuses, show under the field. Ctrl/⌘+Enter sends.
 */
export function RejectDialog({ listing, failure, action, onClose, t, closeLabel }: Props) {
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const length = reason.trim().length;
  const fieldError = localError ?? failure?.fields.reason ?? null;
  const others = failure ? otherFieldErrors(failure.fields, ['reason']) : [];

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent closeLabel={closeLabel} data-testid="reject-dialog" className="max-w-lg">
        <form
          action={action}
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(event) => {
            const error = length < MIN ? t.reasonTooShort : length > MAX ? t.reasonTooLong : null;
            setLocalError(error);
            if (error) {
              event.preventDefault();
              event.currentTarget.querySelector('textarea')?.focus();
            }
          }}
        >
          <DialogHeader>
            <DialogTitle>{format(t.rejectTitle, { title: listing.title })}</DialogTitle>
            <DialogDescription>{t.rejectText}</DialogDescription>
          </DialogHeader>
          <CsrfField />
          <input type="hidden" name="listingId" value={listing.id} />
          <input type="hidden" name="kind" value="reject" />
          <input type="hidden" name="title" value={listing.title} />
          {failure && !(failure.error === 'invalid' && failure.fields.reason && others.length === 0) ? (
            <Alert variant="destructive" data-testid="reject-error">
              <AlertCircle aria-hidden="true" />
              <span className="flex flex-col gap-0.5">
                <span>{staffActionErrorText(failure.error, t)}</span>
                {others.map((issue) => (
                  <span key={issue} className="text-xs">
                    {issue}
                  </span>
                ))}
              </span>
            </Alert>
          ) : null}
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="reject-reason">{t.reason}</Label>
            <Textarea
              id="reject-reason"
              name="reason"
              required
              minLength={MIN}
              maxLength={MAX}
              rows={4}
              autoFocus
              value={reason}
              placeholder={t.reasonPlaceholder}
              aria-describedby={fieldError ? 'reject-reason-error reject-reason-hint' : 'reject-reason-hint'}
              aria-invalid={fieldError ? true : undefined}
              onChange={(event) => {
                setReason(event.target.value);
                if (localError) setLocalError(null);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  event.currentTarget.form?.requestSubmit();
                }
              }}
            />
            {fieldError ? (
              <p
                id="reject-reason-error"
                className="text-xs text-destructive"
                data-testid="reject-reason-error"
              >
                {fieldError}
              </p>
            ) : null}
            <p id="reject-reason-hint" className="flex justify-between gap-3 text-xs text-muted-foreground">
              <span>{t.reasonHint}</span>
              <span className={cn('tabular shrink-0 whitespace-nowrap', length > MAX && 'text-destructive')}>
                {length} / {MAX}
              </span>
            </p>
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" size="sm">
                {t.cancel}
              </Button>
            </DialogClose>
            <SubmitButton label={t.reject} pendingLabel={t.rejecting} />
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="sm" variant="destructive" disabled={pending}>
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
      {pending ? pendingLabel : label}
    </Button>
  );
}
