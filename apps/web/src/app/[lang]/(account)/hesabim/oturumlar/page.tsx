import type { Metadata } from 'next';
import { listSessions } from '@/lib/account-api';
import { withSession } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { SettingsSection } from '../_components/settings-section';
import { SessionList } from './session-list';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getAccountMessages(toLocale(params.lang));
  return privatePageMetadata(`${t.nav.sessions} · ${t.title}`);
}

export default async function SessionsPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const sessions = await withSession(locale, listSessions);
  const t = getAccountMessages(locale).sessions;
  return (
    <SettingsSection id="sessions" title={t.title} lead={t.lead}>
      <SessionList locale={locale} csrf={getCsrfToken()} sessions={sessions} />
    </SettingsSection>
  );
}
