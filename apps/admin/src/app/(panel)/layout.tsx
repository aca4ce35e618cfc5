import { cookies } from 'next/headers';
import type * as React from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { getCurrentUser } from '@/lib/auth';
import { SIDEBAR_COOKIE } from '@/lib/constants';
import { getLocale, getMessages } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export default async function PanelLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const locale = getLocale();
  const t = getMessages(locale);
  return (
    <AppShell
      user={user}
      locale={locale}
      initialCollapsed={cookies().get(SIDEBAR_COOKIE)?.value === '1'}
      t={{ app: t.app, nav: t.nav, roles: t.roles, userMenu: t.userMenu, theme: t.theme }}
    >
      {children}
    </AppShell>
  );
}
