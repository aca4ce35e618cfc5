'use client';

import type { Locale } from '@tarodan/contracts';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { NewPasswordField } from '@/components/forms/new-password-field';
import { PasswordInput } from '@/components/forms/password-input';
import { useRetryCountdown } from '@/components/forms/use-countdown';
import { Field, fieldAria } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { changePasswordAction } from './actions';

export function PasswordForm({ locale, csrf }: { locale: Locale; csrf: string }) {
  const [state, action] = useFormState(changePasswordAction, idleState);
  const left = useRetryCountdown(state);
  const t = getAccountMessages(locale).password;
  const f = getFormMessages(locale);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} left={left} testId="password-alert" />
      <form action={action} className="flex max-w-md flex-col gap-5" key={state.at}>
        <CsrfField token={csrf} />
        <Field id="currentPassword" label={t.current} error={errors.currentPassword}>
          <PasswordInput
            {...fieldAria('currentPassword', { error: errors.currentPassword })}
            name="currentPassword"
            autoComplete="current-password"
            required
            maxLength={256}
            showLabel={f.showPassword}
            hideLabel={f.hidePassword}
          />
        </Field>
        <NewPasswordField
          locale={locale}
          id="newPassword"
          name="newPassword"
          label={t.next}
          error={errors.newPassword}
        />
        <div>
          <SubmitButton pendingLabel={f.saving} disabled={(left ?? 0) > 0}>
            {t.submit}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
