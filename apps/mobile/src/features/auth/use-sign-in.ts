import { signInRequestSchema } from '@tarodan/contracts';
import { useState } from 'react';
import { type ApiError, isApiError } from '@/api/api-error';
import { signIn } from '@/api/auth-api';
import { fieldErrorsFrom, issuesOf } from '@/forms/form-failure';
import { useFormSubmit } from '@/forms/use-form-submit';
import { useI18n } from '@/i18n/i18n-provider';
import { useSession } from './session-provider';

const fields = ['email', 'password'] as const;
export type SignInField = (typeof fields)[number];

/**
 * The sign-in form: checks it with the contracts' schema, signs in as the mobile client and keeps the tokens.
 * Staff accounts (asked for two-factor) are not signed in: they use the admin panel.
 */
export function useSignIn(onSignedIn: () => void) {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const form = useFormSubmit(fields);
  const [values, setValues] = useState<Record<SignInField, string>>({ email: '', password: '' });
  const [staffAccount, setStaffAccount] = useState(false);
  const [unverified, setUnverified] = useState(false);

  const change = (field: SignInField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = async () => {
    setStaffAccount(false);
    setUnverified(false);
    const checked = signInRequestSchema.safeParse({
      ...values,
      email: values.email.trim(),
      client: 'mobile',
    });
    if (!checked.success) {
      form.reject(fieldErrorsFrom(issuesOf(checked.error), fields, t).fieldErrors);
      return;
    }
    let signedIn = false;
    await form.submit(
      async () => {
        const answer = await signIn(
          { email: checked.data.email, password: checked.data.password },
          locale,
        ).catch((error: unknown) => {
          if (isApiError(error, 403) && isUnverified(error)) setUnverified(true);
          throw error;
        });
        if (answer.status !== 'signed_in') {
          setStaffAccount(true);
          return;
        }
        await session.start(answer.session);
        signedIn = true;
      },
      {
        401: t('signIn.wrongCredentials'),
        403: (error) =>
          /verif|doğrula/i.test(error.message) ? t('signIn.notVerified') : t('signIn.forbidden'),
      },
    );
    if (signedIn) onSignedIn();
  };

  const { busy, fieldErrors, formError } = form;
  return { values, change, submit, staffAccount, unverified, busy, fieldErrors, formError };
}

/** 403 on sign-in: the e-mail address is not verified yet (or the account is suspended or closed). */
function isUnverified(error: ApiError): boolean {
  return (
    error.fieldIssues.some((issue) => issue.reason === 'is not verified yet') || /verif/i.test(error.message)
  );
}
