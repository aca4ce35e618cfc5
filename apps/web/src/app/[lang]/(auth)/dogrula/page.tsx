import { tokenRequestSchema } from '@tarodan/contracts';
import { CircleCheck, LinkIcon } from 'lucide-react';
import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { verifyEmail } from '@/lib/account-api';
import { ApiError } from '@/lib/api-client';
import { getCurrentUser } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { clientInfo } from '@/lib/session';
import { AuthShell, StatusIcon } from '../_components/auth-shell';
import { ResendForm } from '../_components/resend-form';

type Props = { params: { lang: string }; searchParams: SearchParams };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getAuthMessages(toLocale(params.lang)).verify.successTitle);
}

type Outcome = { kind: 'verified'; email: string } | { kind: 'invalid' } | { kind: 'limited' };

/** The token is the proof: verifying when the page opens is safe (a stranger's click can only confirm). */
async function verify(token: string | undefined): Promise<Outcome> {
  const parsed = tokenRequestSchema.safeParse({ token });
  if (!parsed.success) return { kind: 'invalid' };
  try {
    const { email } = await verifyEmail(parsed.data.token, clientInfo());
    return { kind: 'verified', email };
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) return { kind: 'limited' };
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) return { kind: 'invalid' };
    throw error;
  }
}

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const t = getAuthMessages(locale).verify;
  const outcome = await verify(firstParam(searchParams, 'token'));

  if (outcome.kind === 'verified') {
    const user = await getCurrentUser();
    return (
      <AuthShell
        locale={locale}
        testId="verify-success"
        icon={
          <StatusIcon tone="success">
            <CircleCheck aria-hidden="true" />
          </StatusIcon>
        }
        title={t.successTitle}
        lead={t.successLead(outcome.email)}
      >
        <div className="flex flex-col gap-3 sm:flex-row">
          {user ? (
            <ButtonLink href={localePath(locale, '/hesabim')} size="lg">
              {getAccountMessages(locale).title}
            </ButtonLink>
          ) : (
            <ButtonLink href={localePath(locale, '/giris')} size="lg">
              {t.signIn}
            </ButtonLink>
          )}
          <ButtonLink href={localePath(locale)} size="lg" variant="secondary">
            {t.home}
          </ButtonLink>
        </div>
      </AuthShell>
    );
  }

  return (
    <AuthShell
      locale={locale}
      testId="verify-failed"
      icon={
        <StatusIcon tone="accent">
          <LinkIcon aria-hidden="true" />
        </StatusIcon>
      }
      title={outcome.kind === 'limited' ? t.limitedTitle : t.failedTitle}
      lead={t.failedLead}
    >
      <ButtonLink href={localePath(locale, '/giris')} size="lg" className="w-full">
        {t.signIn}
      </ButtonLink>
      <div className="mt-6 border-t border-line pt-6">
        <h2 className="mb-3 font-semibold text-ink">{t.resendTitle}</h2>
        <ResendForm
          locale={locale}
          csrf={getCsrfToken()}
          label={getAuthMessages(locale).checkEmail.resendSubmit}
        />
      </div>
    </AuthShell>
  );
}
