import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { getCurrentUser } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { safeNextPath } from '@/lib/safe-next';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { AuthShell } from '../_components/auth-shell';
import { SignInForm } from './sign-in-form';

type Props = { params: { lang: string }; searchParams: SearchParams };

export function generateMetadata({ params }: Props): Metadata {
  const t = getAuthMessages(toLocale(params.lang)).signIn;
  return privatePageMetadata(t.title, t.lead);
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const t = getAuthMessages(locale);
  const next = safeNextPath(firstParam(searchParams, 'next'), localePath(locale));
  if (await getCurrentUser()) redirect(next);

  const noticeKey =
    firstParam(searchParams, 'notice') ?? (firstParam(searchParams, 'next') ? 'required' : '');
  const notice = t.signIn.notices[noticeKey];
  const registerHref = `${localePath(locale, '/kayit')}${next !== localePath(locale) ? `?next=${encodeURIComponent(next)}` : ''}`;

  return (
    <AuthShell
      locale={locale}
      title={t.signIn.title}
      lead={t.signIn.lead}
      testId="sign-in-page"
      footer={
        <>
          {t.signIn.noAccount}{' '}
          <Link
            href={registerHref}
            className="font-semibold text-accent-hover underline-offset-4 hover:underline"
          >
            {t.signIn.register}
          </Link>
        </>
      }
    >
      {notice ? (
        <Alert
          tone={noticeKey === 'required' ? 'info' : 'success'}
          className="mb-5"
          data-testid="sign-in-notice"
        >
          {notice}
        </Alert>
      ) : null}
      <SignInForm locale={locale} csrf={getCsrfToken()} next={next} />
    </AuthShell>
  );
}
