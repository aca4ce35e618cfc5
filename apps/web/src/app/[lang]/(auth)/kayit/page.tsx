import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { AuthShell } from '../_components/auth-shell';
import { RegisterForm } from './register-form';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getAuthMessages(toLocale(params.lang)).register;
  return privatePageMetadata(t.title, t.lead);
}

export default async function RegisterPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const t = getAuthMessages(locale).register;
  if (await getCurrentUser()) redirect(localePath(locale, '/hesabim'));
  return (
    <AuthShell
      locale={locale}
      title={t.title}
      lead={t.lead}
      testId="register-page"
      footer={
        <>
          {t.haveAccount}{' '}
          <Link
            href={localePath(locale, '/giris')}
            className="font-semibold text-accent-hover underline-offset-4 hover:underline"
          >
            {t.signIn}
          </Link>
        </>
      }
    >
      <RegisterForm locale={locale} csrf={getCsrfToken()} />
    </AuthShell>
  );
}
