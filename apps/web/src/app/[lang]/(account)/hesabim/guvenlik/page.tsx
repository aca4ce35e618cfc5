import { CircleAlert, CircleCheck } from 'lucide-react';
import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { loadAccount } from '@/lib/account';
import { getCsrfToken } from '@/lib/csrf';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { SettingsSection } from '../_components/settings-section';
import { EmailForm } from './email-form';
import { PasswordForm } from './password-form';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getAccountMessages(toLocale(params.lang));
  return privatePageMetadata(`${t.nav.security} · ${t.title}`);
}

export default async function SecurityPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const account = await loadAccount(locale);
  const t = getAccountMessages(locale);
  const csrf = getCsrfToken();
  return (
    <div className="grid gap-6">
      <SettingsSection id="email" title={t.email.title}>
        <div className="mb-5 flex flex-wrap items-center gap-x-3 gap-y-1">
          <span className="text-sm text-ink-muted">{t.email.current}:</span>
          <span className="font-semibold text-ink" data-testid="account-email">
            {account.email}
          </span>
          {account.emailVerified ? (
            <span className="inline-flex items-center gap-1 rounded-full bg-success-soft px-2.5 py-0.5 text-xs font-semibold text-success">
              <CircleCheck className="h-3.5 w-3.5" aria-hidden="true" />
              {t.email.verified}
            </span>
          ) : (
            <span className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-semibold text-accent-hover">
              <CircleAlert className="h-3.5 w-3.5" aria-hidden="true" />
              {t.email.unverified}
            </span>
          )}
        </div>
        {account.pendingEmail ? (
          <Alert tone="info" className="mb-5" data-testid="pending-email">
            {t.email.pending(account.pendingEmail)}
          </Alert>
        ) : null}
        <EmailForm locale={locale} csrf={csrf} />
      </SettingsSection>
      <SettingsSection id="password" title={t.password.title} lead={t.password.lead}>
        <PasswordForm locale={locale} csrf={csrf} />
      </SettingsSection>
    </div>
  );
}
