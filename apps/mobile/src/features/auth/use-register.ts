import { LEGAL_VERSIONS, registerRequestSchema } from '@tarodan/contracts';
import { useState } from 'react';
import { register } from '@/api/auth-api';
import { fieldErrorsFrom, issuesOf } from '@/forms/form-failure';
import { useFormSubmit } from '@/forms/use-form-submit';
import { useI18n } from '@/i18n/i18n-provider';

const fields = ['displayName', 'email', 'password', 'mobile', 'acceptTerms', 'acceptPrivacyNotice'] as const;
export type RegisterField = (typeof fields)[number];

export type RegisterValues = {
  displayName: string;
  email: string;
  password: string;
  mobile: string;
  acceptTerms: boolean;
  acceptPrivacyNotice: boolean;
  marketingOptIn: boolean;
};

const empty: RegisterValues = {
  displayName: '',
  email: '',
  password: '',
  mobile: '',
  acceptTerms: false,
  acceptPrivacyNotice: false,
  marketingOptIn: false,
};

/**
 * The sign-up form. Both legal boxes (terms, KVKK aydınlatma metni) must be ticked; marketing is a separate,
 * optional consent. The versions of the texts shown are sent along, as the API records them.
 */
export function useRegister(onRegistered: (email: string) => void) {
  const { t, locale } = useI18n();
  const form = useFormSubmit(fields);
  const [values, setValues] = useState<RegisterValues>(empty);

  const set = <K extends keyof RegisterValues>(field: K, value: RegisterValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (field !== 'marketingOptIn') form.clearField(field as RegisterField);
  };

  const submit = async () => {
    const checked = registerRequestSchema.safeParse({
      ...values,
      email: values.email.trim(),
      mobile: values.mobile.trim() === '' ? undefined : values.mobile,
      termsVersion: LEGAL_VERSIONS.terms,
      privacyNoticeVersion: LEGAL_VERSIONS.privacyNotice,
    });
    if (!checked.success) {
      form.reject(fieldErrorsFrom(issuesOf(checked.error), fields, t).fieldErrors, t('errors.checkFields'));
      return;
    }
    const ok = await form.submit(() => register(checked.data, locale));
    if (ok) onRegistered(checked.data.email);
  };

  const { busy, fieldErrors, formError } = form;
  return { values, set, submit, busy, fieldErrors, formError };
}
