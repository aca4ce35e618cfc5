'use client';

import type { Locale } from '@tarodan/contracts';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { useRetryCountdown } from '@/components/forms/use-countdown';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { resendVerificationAction } from './resend-actions';

type Props = {
  locale: Locale;
  csrf: string;
  label: string;
  /** Known address: sent as a hidden field and only the button shows. */
  email?: string;
  variant?: 'primary' | 'secondary';
};

/** "Send the verification link again": a button when the address is known, an address field otherwise. */
export function ResendForm({ locale, csrf, label, email, variant = 'secondary' }: Props) {
  const [state, action] = useFormState(resendVerificationAction, idleState);
  const left = useRetryCountdown(state);
  const t = getFormMessages(locale);
  const error = state.fieldErrors?.email;
  return (
    <div className="flex flex-col gap-3">
      <FormAlert state={state} locale={locale} left={left} testId="resend-alert" />
      <form action={action} className="flex flex-col gap-3">
        <CsrfField token={csrf} />
        {email ? (
          <input type="hidden" name="email" value={email} />
        ) : (
          <Field id="resend-email" label={t.email} error={error}>
            <Input
              {...fieldAria('resend-email', { error })}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              required
              maxLength={254}
              defaultValue={state.values?.email}
            />
          </Field>
        )}
        <SubmitButton variant={variant} className="w-full sm:w-auto" disabled={(left ?? 0) > 0}>
          {label}
        </SubmitButton>
      </form>
    </div>
  );
}
