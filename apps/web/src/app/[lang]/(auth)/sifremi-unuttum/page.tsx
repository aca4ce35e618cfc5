import type { Metadata } from 'next';
import Link from 'next/link';
import { getCsrfToken } from '@/lib/csrf';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { AuthShell } from '../_components/auth-shell';
import { ForgotForm } from './forgot-form';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getAuthMessages(toLocale(params.lang)).forgot;
  return privatePageMetadata(t.title, t.lead);
}

export default function ForgotPasswordPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const t = getAuthMessages(locale).forgot;
  return (
    <AuthShell
      locale={locale}
      title={t.title}
      lead={t.lead}
      testId="forgot-page"
      footer={
        <Link
          href={localePath(locale, '/giris')}
          className="font-semibold text-accent-hover underline-offset-4 hover:underline"
        >
          {t.back}
        </Link>
      }
    >
      <ForgotForm locale={locale} csrf={getCsrfToken()} />
    </AuthShell>
  );
}
