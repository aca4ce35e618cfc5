import { tokenRequestSchema } from '@tarodan/contracts';
import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { getCsrfToken } from '@/lib/csrf';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { AuthShell } from '../_components/auth-shell';
import { ResetForm } from './reset-form';

type Props = { params: { lang: string }; searchParams: SearchParams };

export function generateMetadata({ params }: Props): Metadata {
  const t = getAuthMessages(toLocale(params.lang)).reset;
  return privatePageMetadata(t.title, t.lead);
}

export default function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const t = getAuthMessages(locale).reset;
  const parsed = tokenRequestSchema.safeParse({ token: firstParam(searchParams, 'token') });
  return (
    <AuthShell locale={locale} title={t.title} lead={t.lead} testId="reset-page">
      {parsed.success ? (
        <ResetForm locale={locale} csrf={getCsrfToken()} token={parsed.data.token} />
      ) : (
        <div className="flex flex-col gap-5">
          <Alert tone="error">{t.missingToken}</Alert>
          <ButtonLink href={localePath(locale, '/sifremi-unuttum')} size="lg" className="w-full">
            {t.requestNew}
          </ButtonLink>
        </div>
      )}
    </AuthShell>
  );
}
