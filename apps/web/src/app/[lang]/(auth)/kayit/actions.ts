'use server';

import { registerRequestSchema } from '@tarodan/contracts';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { register } from '@/lib/account-api';
import { actionLocale, apiErrorState, refusedState, validationState } from '@/lib/action-result';
import { shouldUseSecureCookie } from '@/lib/cookie-options';
import { isTrustedAction } from '@/lib/csrf';
import { type FormState, normalizeEmail, readFields } from '@/lib/form-state';
import { localePath } from '@/lib/i18n/locale';
import { clientInfo, requestHost } from '@/lib/session';
import { SIGNUP_EMAIL_COOKIE } from './signup-email';

const TEXT_FIELDS = ['displayName', 'mobile'] as const;

/**
 * Creates the account at the API (202 whatever the address: a known one gets an e-mail instead), remembers the
 * address for an hour so the "check your email" page can offer a resend, and goes there.
 */
export async function registerAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = actionLocale();
  const text = readFields(form, TEXT_FIELDS);
  const flags = {
    acceptTerms: form.get('acceptTerms') === 'on',
    acceptPrivacyNotice: form.get('acceptPrivacyNotice') === 'on',
    marketingOptIn: form.get('marketingOptIn') === 'on',
  };
  const values = {
    ...text,
    email: normalizeEmail(form.get('email')),
    ...Object.fromEntries(Object.entries(flags).map(([name, on]) => [name, on ? 'on' : ''])),
  };
  if (!isTrustedAction(form)) return refusedState(locale, values);

  const parsed = registerRequestSchema.safeParse({
    displayName: text.displayName,
    email: values.email,
    password: form.get('password') ?? '',
    mobile: text.mobile.trim() === '' ? undefined : text.mobile,
    ...flags,
  });
  if (!parsed.success) return validationState(parsed.error, locale, values);
  try {
    await register(parsed.data, clientInfo());
  } catch (error) {
    return apiErrorState(error, locale, values);
  }
  cookies().set(SIGNUP_EMAIL_COOKIE, parsed.data.email, {
    httpOnly: true,
    sameSite: 'lax',
    secure: shouldUseSecureCookie(requestHost()),
    path: '/',
    maxAge: 60 * 60,
  });
  redirect(localePath(locale, '/kayit/e-posta'));
}
