'use client';

import type { Locale } from '@tarodan/contracts';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { PasswordInput } from '@/components/forms/password-input';
import { useRetryCountdown } from '@/components/forms/use-countdown';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { changeEmailAction } from './actions';

export function EmailForm({ locale, csrf }: { locale: Locale; csrf: string }) {
  const [state, action] = useFormState(changeEmailAction, idleState);
  const left = useRetryCountdown(state);
  const t = getAccountMessages(locale).email;
  const f = getFormMessages(locale);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} left={left} testId="email-alert" />
      <form action={action} className="grid max-w-2xl gap-5 sm:grid-cols-2" key={state.at}>
        <CsrfField token={csrf} />
        <Field id="newEmail" label={t.newEmail} error={errors.newEmail}>
          <Input
            {...fieldAria('newEmail', { error: errors.newEmail })}
            name="newEmail"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            maxLength={254}
            defaultValue={state.status === 'error' ? state.values?.newEmail : undefined}
          />
        </Field>
        <Field id="emailPassword" label={t.password} hint={t.passwordHint} error={errors.password}>
          <PasswordInput
            {...fieldAria('emailPassword', { hint: t.passwordHint, error: errors.password })}
            name="password"
            autoComplete="current-password"
            required
            maxLength={256}
            showLabel={f.showPassword}
            hideLabel={f.hidePassword}
          />
        </Field>
        <div className="sm:col-span-2">
          <SubmitButton variant="secondary" pendingLabel={f.saving} disabled={(left ?? 0) > 0}>
            {t.submit}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
