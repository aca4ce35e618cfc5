'use client';

import type { Locale } from '@tarodan/contracts';
import { Rocket } from 'lucide-react';
import Link from 'next/link';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { stepHref, stepOfField } from '../_lib/steps';
import { publishAction } from '../actions';

type Props = { locale: Locale; csrf: string; listingId: string; canPublish: boolean };

/** The publish button; when the API refuses, each missing piece is listed with a link to the step that fixes it. */
export function PublishForm({ locale, csrf, listingId, canPublish }: Props) {
  const [state, action] = useFormState(publishAction, idleState);
  const t = getSellFlowMessages(locale);
  const problems = Object.entries(state.fieldErrors ?? {});
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="publish-form">
      <CsrfField token={csrf} />
      <input type="hidden" name="listingId" value={listingId} />
      {state.status === 'error' && problems.length > 0 ? (
        <Alert tone="error" title={t.preview.missing} data-testid="publish-problems">
          <ul className="mt-1 flex flex-col gap-1">
            {problems.map(([field, reason]) => (
              <li key={field} className="flex flex-wrap items-baseline gap-x-2" data-field={field}>
                <span>
                  <span className="font-semibold text-ink">
                    {t.fieldNames[field.split('.')[0] ?? field] ?? field}
                  </span>
                  {': '}
                  {reason}
                </span>
                <Link
                  href={stepHref(locale, listingId, stepOfField(field))}
                  className="font-semibold text-accent-hover underline underline-offset-2"
                >
                  {t.preview.fix}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : state.status === 'error' ? (
        <Alert tone="error" data-testid="publish-alert">
          {state.message}
        </Alert>
      ) : null}
      <SubmitButton
        size="lg"
        className="w-full sm:w-auto"
        pendingLabel={t.preview.publishing}
        disabled={!canPublish}
        data-testid="publish-button"
      >
        <Rocket className="h-4 w-4" aria-hidden="true" />
        {t.preview.publish}
      </SubmitButton>
    </form>
  );
}
