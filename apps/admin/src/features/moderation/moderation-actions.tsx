'use client';

import { AlertCircle, CheckCircle2, Loader2, XCircle } from 'lucide-react';
import Link from 'next/link';
import { useState } from 'react';
import { useFormState, useFormStatus } from 'react-dom';
import { moderationAction } from '@/app/(panel)/moderation/actions';
import { CsrfField } from '@/components/csrf';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { staffActionErrorText } from '@/lib/action-error';
import type { Messages } from '@/lib/messages/tr';
import { otherFieldErrors } from './moderation-errors';
import { RejectDialog } from './reject-dialog';

type Props = {
  listing: { id: string; title: string };
  t: Messages['moderation'];
  closeLabel: string;
};

/**
 * Approve (one click: the listing goes live) and Reject (a dialog asking why). Success leaves for the queue (the server
 * action redirects); a refusal stays here: a 403, a 409 when another moderator was faster, the API's field errors.
 */
export function ModerationActions({ listing, t, closeLabel }: Props) {
  const [state, action] = useFormState(moderationAction, null);
  const [rejectOpenedAt, setRejectOpenedAt] = useState<number | null>(null);
  const approveFailure = state?.kind === 'approve' ? state : null;
  const rejectFailure =
    state?.kind === 'reject' && rejectOpenedAt !== null && state.at > rejectOpenedAt ? state : null;

  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex gap-2" data-testid="moderation-actions">
        <form action={action} className="flex-1 sm:flex-none">
          <CsrfField />
          <input type="hidden" name="listingId" value={listing.id} />
          <input type="hidden" name="kind" value="approve" />
          <input type="hidden" name="title" value={listing.title} />
          <ApproveButton label={t.approve} pendingLabel={t.approving} />
        </form>
        <Button
          type="button"
          variant="outline"
          size="sm"
          className="flex-1 border-destructive/40 text-destructive hover:bg-destructive/10 hover:text-destructive sm:flex-none"
          onClick={() => setRejectOpenedAt(Date.now())}
        >
          <XCircle aria-hidden="true" />
          {t.reject}
        </Button>
      </div>
      {approveFailure && rejectOpenedAt === null ? (
        <Alert variant="destructive" className="py-2 sm:max-w-sm" data-testid="approve-error">
          <AlertCircle aria-hidden="true" />
          <span className="flex flex-col gap-0.5">
            <span>{staffActionErrorText(approveFailure.error, t)}</span>
            {otherFieldErrors(approveFailure.fields, []).map((issue) => (
              <span key={issue} className="text-xs">
                {issue}
              </span>
            ))}
            {approveFailure.error === 'conflict' || approveFailure.error === 'not-found' ? (
              <Link href="/moderation" className="text-xs font-medium underline underline-offset-2">
                {t.back}
              </Link>
            ) : null}
          </span>
        </Alert>
      ) : null}
      {rejectOpenedAt !== null ? (
        <RejectDialog
          key={rejectOpenedAt}
          listing={listing}
          failure={rejectFailure}
          action={action}
          onClose={() => setRejectOpenedAt(null)}
          t={t}
          closeLabel={closeLabel}
        />
      ) : null}
    </div>
  );
}

function ApproveButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      size="sm"
      className="w-full sm:w-auto"
      disabled={pending}
      data-testid="approve-button"
    >
      {pending ? (
        <Loader2 className="animate-spin" aria-hidden="true" />
      ) : (
        <CheckCircle2 aria-hidden="true" />
      )}
      {pending ? pendingLabel : label}
    </Button>
  );
}
