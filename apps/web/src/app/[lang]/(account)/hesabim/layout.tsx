import { formatDate } from '@tarodan/contracts';
import { BadgeCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { Container } from '@/components/ui/container';
import { loadAccount } from '@/lib/account';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { AccountNav } from './_components/account-nav';

type Props = { children: ReactNode; params: { lang: string } };

/**
 * Every /hesabim page: signed-out visitors go to /giris?next=<this page> (before anything streams, so the answer
 * is a real redirect); the member's name and the section tabs on top.
 */
export default async function AccountLayout({ children, params }: Props) {
  const locale = toLocale(params.lang);
  const account = await loadAccount(locale);
  const t = getAccountMessages(locale);
  const base = localePath(locale, '/hesabim');
  const sections = [
    { href: base, label: t.nav.profile },
    { href: `${base}/ilanlarim`, label: t.nav.listings },
    { href: `${base}/favoriler`, label: t.nav.favorites },
    { href: `${base}/guvenlik`, label: t.nav.security },
    { href: `${base}/oturumlar`, label: t.nav.sessions },
    { href: `${base}/verilerim`, label: t.nav.privacy },
  ];
  return (
    <Container className="pt-6 sm:pt-10">
      <div className="flex items-center gap-4">
        <Avatar name={account.displayName} url={account.avatarUrl} size="lg" />
        <div className="min-w-0">
          <p className="text-sm font-medium text-ink-muted">{t.title}</p>
          <h1
            className="truncate text-2xl font-extrabold tracking-[-0.03em] text-ink sm:text-3xl"
            data-testid="account-name"
          >
            {account.displayName}
          </h1>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-muted">
            <span>{t.memberSince(formatDate(account.createdAt, locale))}</span>
            {account.isSeller ? (
              <span className="inline-flex items-center gap-1 font-semibold text-success">
                <BadgeCheck className="h-4 w-4" aria-hidden="true" />
                {t.seller}
              </span>
            ) : null}
          </p>
        </div>
      </div>
      <AccountNav label={t.nav.label} items={sections} />
      <div className="mt-6 sm:mt-8">{children}</div>
    </Container>
  );
}
