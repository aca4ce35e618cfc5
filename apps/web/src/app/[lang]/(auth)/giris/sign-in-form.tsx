'use client';

import type { Locale } from '@tarodan/contracts';
import Link from 'next/link';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { PasswordInput } from '@/components/forms/password-input';
import { useRetryCountdown } from '@/components/forms/use-countdown';
import { Field, fieldAria } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { localePath } from '@/lib/i18n/locale';
import { ResendForm } from '../_components/resend-form';
import { signInAction } from './actions';

type Props = { locale: Locale; csrf: string; next: string };

export function SignInForm({ locale, csrf, next }: Props) {
  const [state, action] = useFormState(signInAction, idleState);
  const left = useRetryCountdown(state);
  const t = getAuthMessages(locale).signIn;
  const f = getFormMessages(locale);
  const invalid = state.kind === 'invalid';
  const blocked = state.kind === 'rate-limited' && (left ?? state.retryAfterSeconds ?? 0) > 0;

  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} left={left} testId="sign-in-error" id="sign-in-error">
        {state.kind === 'unverified' && state.values?.email ? (
          <div className="mt-3">
            <ResendForm locale={locale} csrf={csrf} label={t.resend} email={state.values.email} />
          </div>
        ) : null}
      </FormAlert>
      <form action={action} className="flex flex-col gap-5" key={state.at}>
        <CsrfField token={csrf} />
        <input type="hidden" name="next" value={next} />
        <Field id="email" label={f.email}>
          <Input
            {...fieldAria('email', {})}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'sign-in-error' : undefined}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            maxLength={254}
            autoFocus={!state.values?.email}
            defaultValue={state.values?.email}
          />
        </Field>
        <div className="flex flex-col gap-1.5">
          <div className="flex items-baseline justify-between gap-3">
            <label htmlFor="password" className="text-sm font-semibold text-ink">
              {f.password}
            </label>
            <Link
              href={localePath(locale, '/sifremi-unuttum')}
              className="text-sm font-medium text-accent-hover underline-offset-4 hover:underline"
            >
              {t.forgot}
            </Link>
          </div>
          <PasswordInput
            id="password"
            name="password"
            autoComplete="current-password"
            required
            maxLength={256}
            autoFocus={Boolean(state.values?.email)}
            aria-invalid={invalid || undefined}
            showLabel={f.showPassword}
            hideLabel={f.hidePassword}
          />
        </div>
        <SubmitButton size="lg" className="mt-1 w-full" pendingLabel={t.submitting} disabled={blocked}>
          {t.submit}
        </SubmitButton>
      </form>
    </div>
  );
}
