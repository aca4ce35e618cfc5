'use client';

import type { Locale } from '@tarodan/contracts';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { NewPasswordField } from '@/components/forms/new-password-field';
import { useRetryCountdown } from '@/components/forms/use-countdown';
import { Field, FieldError, fieldAria } from '@/components/ui/field';
import { Checkbox, Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { localePath } from '@/lib/i18n/locale';
import { registerAction } from './actions';

type Props = { locale: Locale; csrf: string };

type ConsentProps = {
  id: string;
  name: string;
  label: ReactNode;
  error?: string;
  defaultChecked: boolean;
  required?: boolean;
};

function Consent({ id, name, label, error, defaultChecked, required }: ConsentProps) {
  return (
    <div>
      <div className="flex gap-3">
        <Checkbox
          {...fieldAria(id, { error })}
          name={name}
          required={required}
          defaultChecked={defaultChecked}
        />
        <label htmlFor={id} className="text-sm leading-6 text-ink-muted">
          {label}
        </label>
      </div>
      {error ? (
        <div className="mt-1 pl-8">
          <FieldError id={`${id}-error`}>{error}</FieldError>
        </div>
      ) : null}
    </div>
  );
}

export function RegisterForm({ locale, csrf }: Props) {
  const [state, action] = useFormState(registerAction, idleState);
  const left = useRetryCountdown(state);
  const t = getAuthMessages(locale).register;
  const f = getFormMessages(locale);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const link = (path: string, text: string) => (
    <Link
      href={localePath(locale, path)}
      target="_blank"
      className="font-semibold text-accent-hover underline underline-offset-2"
    >
      {text}
    </Link>
  );

  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} left={left} testId="register-error" />
      <form action={action} className="flex flex-col gap-5" key={state.at}>
        <CsrfField token={csrf} />
        <Field id="displayName" label={t.displayName} hint={t.displayNameHint} error={errors.displayName}>
          <Input
            {...fieldAria('displayName', { hint: t.displayNameHint, error: errors.displayName })}
            name="displayName"
            autoComplete="nickname"
            required
            minLength={2}
            maxLength={60}
            defaultValue={values.displayName}
          />
        </Field>
        <Field id="email" label={f.email} error={errors.email}>
          <Input
            {...fieldAria('email', { error: errors.email })}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            maxLength={254}
            defaultValue={values.email}
          />
        </Field>
        <NewPasswordField
          locale={locale}
          id="password"
          name="password"
          label={f.password}
          error={errors.password}
        />
        <Field id="mobile" label={t.mobile} optional={f.optional} hint={t.mobileHint} error={errors.mobile}>
          <Input
            {...fieldAria('mobile', { hint: t.mobileHint, error: errors.mobile })}
            name="mobile"
            type="tel"
            autoComplete="tel-national"
            inputMode="tel"
            maxLength={20}
            placeholder="05xx xxx xx xx"
            defaultValue={values.mobile}
          />
        </Field>
        <fieldset className="flex flex-col gap-3 border-t border-line pt-5">
          <Consent
            id="acceptTerms"
            name="acceptTerms"
            required
            defaultChecked={values.acceptTerms === 'on'}
            error={errors.acceptTerms}
            label={
              <>
                {t.termsBefore}
                {link('/kullanim-kosullari', t.termsLink)}
                {t.termsAfter}
              </>
            }
          />
          <Consent
            id="acceptPrivacyNotice"
            name="acceptPrivacyNotice"
            required
            defaultChecked={values.acceptPrivacyNotice === 'on'}
            error={errors.acceptPrivacyNotice}
            label={
              <>
                {t.privacyBefore}
                {link('/kvkk', t.privacyLink)}
                {t.privacyAfter}
              </>
            }
          />
          <Consent
            id="marketingOptIn"
            name="marketingOptIn"
            defaultChecked={values.marketingOptIn === 'on'}
            label={t.marketing}
          />
        </fieldset>
        <SubmitButton size="lg" className="w-full" pendingLabel={t.submitting} disabled={(left ?? 0) > 0}>
          {t.submit}
        </SubmitButton>
      </form>
    </div>
  );
}
