import type { Metadata } from 'next';
import { listDataExports } from '@/lib/account-api';
import { withSession } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { SettingsSection } from '../_components/settings-section';
import { DeleteAccountForm } from './delete-account-form';
import { ExportList } from './export-list';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getAccountMessages(toLocale(params.lang));
  return privatePageMetadata(`${t.nav.privacy} · ${t.title}`);
}

export default async function PrivacyPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const exports = await withSession(locale, listDataExports);
  const t = getAccountMessages(locale);
  const csrf = getCsrfToken();
  return (
    <div className="grid gap-6">
      <SettingsSection id="exports" title={t.exports.title} lead={t.exports.lead}>
        <ExportList locale={locale} csrf={csrf} exports={exports} />
      </SettingsSection>
      <SettingsSection id="delete" title={t.delete.title} lead={t.delete.lead} tone="danger">
        <DeleteAccountForm locale={locale} csrf={csrf} />
      </SettingsSection>
    </div>
  );
}
