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
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { forgotPasswordAction } from './actions';

export function ForgotForm({ locale, csrf }: { locale: Locale; csrf: string }) {
  const [state, action] = useFormState(forgotPasswordAction, idleState);
  const left = useRetryCountdown(state);
  const t = getAuthMessages(locale).forgot;
  const f = getFormMessages(locale);
  const error = state.fieldErrors?.email;
  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} left={left} testId="forgot-alert" />
      {state.status === 'success' ? null : (
        <form action={action} className="flex flex-col gap-5" key={state.at}>
          <CsrfField token={csrf} />
          <Field id="email" label={f.email} error={error}>
            <Input
              {...fieldAria('email', { error })}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              required
              autoFocus
              maxLength={254}
              defaultValue={state.values?.email}
            />
          </Field>
          <SubmitButton size="lg" className="w-full" pendingLabel={t.submitting} disabled={(left ?? 0) > 0}>
            {t.submit}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
