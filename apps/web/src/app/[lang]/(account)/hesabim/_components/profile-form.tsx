'use client';

import type { Account, Locale } from '@tarodan/contracts';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { useRetryCountdown } from '@/components/forms/use-countdown';
import { Field, fieldAria } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { displayTrMobile, idleState } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { updateProfileAction } from '../profile-actions';

type Props = {
  locale: Locale;
  csrf: string;
  account: Pick<Account, 'displayName' | 'city' | 'bio' | 'mobile'>;
};

export function ProfileForm({ locale, csrf, account }: Props) {
  const [state, action] = useFormState(updateProfileAction, idleState);
  const left = useRetryCountdown(state);
  const t = getAccountMessages(locale).profile;
  const f = getFormMessages(locale);
  const errors = state.fieldErrors ?? {};
  const values = state.status === 'error' && state.values ? state.values : null;
  return (
    <div className="flex flex-col gap-5">
      <FormAlert state={state} locale={locale} left={left} testId="profile-alert" />
      <form action={action} className="grid gap-5 sm:grid-cols-2" key={state.at}>
        <CsrfField token={csrf} />
        <Field id="displayName" label={t.displayName} error={errors.displayName}>
          <Input
            {...fieldAria('displayName', { error: errors.displayName })}
            name="displayName"
            autoComplete="nickname"
            required
            minLength={2}
            maxLength={60}
            defaultValue={values?.displayName ?? account.displayName}
          />
        </Field>
        <Field id="city" label={t.city} optional={f.optional} error={errors.city}>
          <Input
            {...fieldAria('city', { error: errors.city })}
            name="city"
            autoComplete="address-level1"
            maxLength={60}
            placeholder={t.cityPlaceholder}
            defaultValue={values?.city ?? account.city ?? ''}
          />
        </Field>
        <Field
          id="bio"
          label={t.bio}
          optional={f.optional}
          hint={t.bioHint}
          error={errors.bio}
          className="sm:col-span-2"
        >
          <Textarea
            {...fieldAria('bio', { hint: t.bioHint, error: errors.bio })}
            name="bio"
            maxLength={500}
            rows={4}
            defaultValue={values?.bio ?? account.bio ?? ''}
          />
        </Field>
        <Field id="mobile" label={t.mobile} optional={f.optional} hint={t.mobileHint} error={errors.mobile}>
          <Input
            {...fieldAria('mobile', { hint: t.mobileHint, error: errors.mobile })}
            name="mobile"
            type="tel"
            autoComplete="tel-national"
            inputMode="tel"
            maxLength={20}
            placeholder="05xx xxx xx xx"
            defaultValue={values?.mobile ?? displayTrMobile(account.mobile)}
          />
        </Field>
        <div className="flex items-end sm:col-span-2">
          <SubmitButton pendingLabel={f.saving} disabled={(left ?? 0) > 0} className="w-full sm:w-auto">
            {f.save}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
