'use client';

import type { ZeroResultSort } from '@tarodan/contracts';
import { CheckCircle2, Loader2 } from 'lucide-react';
import { useFormState, useFormStatus } from 'react-dom';
import { resolveZeroResultAction } from '@/app/(panel)/search-insights/actions';
import { CsrfField } from '@/components/csrf';
import { Button } from '@/components/ui/button';
import { staffActionErrorText } from '@/lib/action-error';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';

type Props = {
  query: string;
  /** Where the list is, to come back to it after the removal. */
  back: { q: string; sort: ZeroResultSort; page: number };
  t: Messages['searchInsights'];
};

/** "Çözüldü": removes the query (a server action; success reloads the list without it, a refusal shows here). */
export function ResolveButton({ query, back, t }: Props) {
  const [state, action] = useFormState(resolveZeroResultAction, null);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <CsrfField />
      <input type="hidden" name="query" value={query} />
      <input type="hidden" name="q" value={back.q} />
      <input type="hidden" name="sort" value={back.sort} />
      <input type="hidden" name="page" value={back.page} />
      <Submit label={t.resolve} pendingLabel={t.resolving} ariaLabel={format(t.resolveLabel, { query })} />
      {state ? (
        <p role="alert" className="max-w-48 text-right text-xs text-destructive" data-testid="resolve-error">
          {staffActionErrorText(state.error, t)}
        </p>
      ) : null}
    </form>
  );
}

function Submit({
  label,
  pendingLabel,
  ariaLabel,
}: {
  label: string;
  pendingLabel: string;
  ariaLabel: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant="outline"
      size="sm"
      disabled={pending}
      aria-label={ariaLabel}
      title={ariaLabel}
      data-testid="resolve-button"
    >
      {pending ? (
        <Loader2 className="animate-spin" aria-hidden="true" />
      ) : (
        <CheckCircle2 className="text-success" aria-hidden="true" />
      )}
      {pending ? pendingLabel : label}
    </Button>
  );
}
