'use client';

import type { Locale } from '@tarodan/contracts';
import { useState } from 'react';
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
import { deleteAccountAction } from './actions';

const PHRASE = 'HESABIMI SIL';

/** The last door: password plus the typed phrase. With JavaScript the button waits for the exact phrase. */
export function DeleteAccountForm({ locale, csrf }: { locale: Locale; csrf: string }) {
  const [state, action] = useFormState(deleteAccountAction, idleState);
  const [typed, setTyped] = useState<string | null>(null);
  const left = useRetryCountdown(state);
  const t = getAccountMessages(locale).delete;
  const f = getFormMessages(locale);
  const errors = state.fieldErrors ?? {};
  const ready = typed === null || typed.trim() === PHRASE;
  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} left={left} testId="delete-alert" />
      <form action={action} className="grid max-w-2xl gap-5 sm:grid-cols-2" key={state.at}>
        <CsrfField token={csrf} />
        <Field id="deletePassword" label={t.password} error={errors.password}>
          <PasswordInput
            {...fieldAria('deletePassword', { error: errors.password })}
            name="password"
            autoComplete="current-password"
            required
            maxLength={256}
            showLabel={f.showPassword}
            hideLabel={f.hidePassword}
          />
        </Field>
        <Field id="confirmation" label={t.confirm} error={errors.confirmation}>
          <Input
            {...fieldAria('confirmation', { error: errors.confirmation })}
            name="confirmation"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            placeholder={PHRASE}
            defaultValue={state.values?.confirmation}
            onChange={(event) => setTyped(event.target.value)}
          />
        </Field>
        <div className="sm:col-span-2">
          <SubmitButton
            className="bg-accent-hover hover:bg-ink"
            pendingLabel={t.submitting}
            disabled={!ready || (left ?? 0) > 0}
          >
            {t.submit}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
