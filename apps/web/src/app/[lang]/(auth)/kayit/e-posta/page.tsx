import { MailCheck } from 'lucide-react';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { getCsrfToken } from '@/lib/csrf';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { AuthShell, StatusIcon } from '../../_components/auth-shell';
import { ResendForm } from '../../_components/resend-form';
import { SIGNUP_EMAIL_COOKIE } from '../signup-email';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getAuthMessages(toLocale(params.lang)).checkEmail.title);
}

/** After sign-up: where the link went, what to try if it did not arrive, and a resend button. */
export default function CheckEmailPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const t = getAuthMessages(locale).checkEmail;
  const email = cookies().get(SIGNUP_EMAIL_COOKIE)?.value;
  return (
    <AuthShell
      locale={locale}
      testId="check-email-page"
      icon={
        <StatusIcon tone="success">
          <MailCheck aria-hidden="true" />
        </StatusIcon>
      }
      title={t.title}
      lead={
        <>
          <p>{t.lead}</p>
          {email ? (
            <p className="mt-3 inline-flex max-w-full rounded-full bg-muted px-3 py-1 text-sm font-semibold text-ink">
              <span className="truncate">{email}</span>
            </p>
          ) : null}
        </>
      }
      footer={
        <Link
          href={localePath(locale, '/giris')}
          className="font-semibold text-accent-hover underline-offset-4 hover:underline"
        >
          {t.back}
        </Link>
      }
    >
      <ul className="space-y-2 text-sm leading-6 text-ink-muted">
        {t.tips.map((tip) => (
          <li key={tip} className="flex gap-2">
            <span aria-hidden="true" className="mt-2.5 h-1.5 w-1.5 shrink-0 rounded-full bg-ink-subtle" />
            {tip}
          </li>
        ))}
      </ul>
      <div className="mt-6 border-t border-line pt-6">
        <h2 className="mb-3 font-semibold text-ink">{t.resendTitle}</h2>
        <ResendForm locale={locale} csrf={getCsrfToken()} label={t.resendSubmit} email={email} />
      </div>
    </AuthShell>
  );
}
