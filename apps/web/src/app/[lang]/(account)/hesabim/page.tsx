import type { Metadata } from 'next';
import { loadAccount } from '@/lib/account';
import type { AvatarOutcome } from '@/lib/avatar';
import { getCsrfToken } from '@/lib/csrf';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { toLocale } from '@/lib/i18n/locale';
import { privatePageMetadata } from '@/lib/metadata';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { AvatarForm } from './_components/avatar-form';
import { MarketingForm } from './_components/marketing-form';
import { ProfileForm } from './_components/profile-form';
import { SettingsSection } from './_components/settings-section';

type Props = { params: { lang: string }; searchParams: SearchParams };

const OUTCOMES: readonly AvatarOutcome[] = ['uploaded', 'too-large', 'bad-type', 'missing', 'failed'];

export function generateMetadata({ params }: Props): Metadata {
  const t = getAccountMessages(toLocale(params.lang));
  return privatePageMetadata(t.title, t.lead);
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const account = await loadAccount(locale);
  const t = getAccountMessages(locale);
  const csrf = getCsrfToken();
  const outcome = OUTCOMES.find((value) => value === firstParam(searchParams, 'avatar'));
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_360px]">
      <SettingsSection id="profile" title={t.profile.title} lead={t.profile.lead}>
        <ProfileForm locale={locale} csrf={csrf} account={account} />
      </SettingsSection>
      <div className="grid gap-6">
        <SettingsSection id="avatar" title={t.avatar.title}>
          <AvatarForm
            locale={locale}
            csrf={csrf}
            name={account.displayName}
            url={account.avatarUrl}
            initialOutcome={outcome}
          />
        </SettingsSection>
        <SettingsSection id="marketing" title={t.marketing.title} lead={t.marketing.lead}>
          <MarketingForm locale={locale} csrf={csrf} optIn={account.marketingOptIn} />
        </SettingsSection>
      </div>
    </div>
  );
}
