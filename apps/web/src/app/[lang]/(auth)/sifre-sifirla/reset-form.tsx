'use client';

import type { Locale } from '@tarodan/contracts';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { NewPasswordField } from '@/components/forms/new-password-field';
import { PasswordInput } from '@/components/forms/password-input';
import { useRetryCountdown } from '@/components/forms/use-countdown';
import { ButtonLink } from '@/components/ui/button';
import { Field, fieldAria } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { localePath } from '@/lib/i18n/locale';
import { resetPasswordAction } from './actions';

export function ResetForm({ locale, csrf, token }: { locale: Locale; csrf: string; token: string }) {
  const [state, action] = useFormState(resetPasswordAction, idleState);
  const left = useRetryCountdown(state);
  const t = getAuthMessages(locale).reset;
  const f = getFormMessages(locale);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} left={left} testId="reset-alert" />
      {state.kind === 'invalid-token' ? (
        <ButtonLink href={localePath(locale, '/sifremi-unuttum')} size="lg" className="w-full">
          {t.requestNew}
        </ButtonLink>
      ) : (
        <form action={action} className="flex flex-col gap-5" key={state.at}>
          <CsrfField token={csrf} />
          <input type="hidden" name="token" value={token} />
          <NewPasswordField
            locale={locale}
            id="password"
            name="password"
            label={t.newPassword}
            error={errors.password}
            autoFocus
          />
          <Field id="confirmPassword" label={t.confirmPassword} error={errors.confirmPassword}>
            <PasswordInput
              {...fieldAria('confirmPassword', { error: errors.confirmPassword })}
              name="confirmPassword"
              autoComplete="new-password"
              required
              maxLength={128}
              showLabel={f.showPassword}
              hideLabel={f.hidePassword}
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
