'use client';

import type { Locale } from '@tarodan/contracts';
import { Menu, PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import Link from 'next/link';
import type * as React from 'react';
import { useCallback, useEffect, useState } from 'react';
import { BrandMark } from '@/components/brand-mark';
import { Button } from '@/components/ui/button';
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '@/components/ui/sheet';
import type { SessionUser } from '@/lib/auth-schemas';
import { SIDEBAR_COOKIE } from '@/lib/constants';
import type { Messages } from '@/lib/messages/tr';
import { cn } from '@/lib/utils';
import { LocaleSwitch } from './locale-switch';
import { SidebarNav } from './sidebar-nav';
import { ThemeToggle } from './theme-toggle';
import { UserMenu } from './user-menu';

type Props = {
  user: SessionUser;
  locale: Locale;
  initialCollapsed: boolean;
  t: Pick<Messages, 'app' | 'nav' | 'roles' | 'userMenu' | 'theme'>;
  children: React.ReactNode;
};

/** Sidebar (collapsible, a sheet under 768 px), top bar and the page. Ctrl/⌘+B folds the sidebar. */
export function AppShell({ user, locale, initialCollapsed, t, children }: Props) {
  const [collapsed, setCollapsed] = useState(initialCollapsed);
  const [mobileOpen, setMobileOpen] = useState(false);

  const toggle = useCallback(() => {
    setCollapsed((value) => {
      // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie the server reads for the first paint
      document.cookie = `${SIDEBAR_COOKIE}=${value ? '0' : '1'}; path=/; max-age=31536000; samesite=lax`;
      return !value;
    });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'b') {
        event.preventDefault();
        toggle();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-background px-3 py-2 focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
      >
        {t.app.skipToContent}
      </a>
      <aside
        data-collapsed={collapsed}
        className={cn(
          'sticky top-0 hidden h-dvh shrink-0 flex-col border-r border-sidebar-border bg-sidebar transition-[width] duration-200 md:flex',
          collapsed ? 'w-14' : 'w-56',
        )}
      >
        <div
          className={cn(
            'flex h-14 items-center border-b border-sidebar-border',
            collapsed ? 'justify-center' : 'px-4',
          )}
        >
          <Link href="/" aria-label={t.nav.dashboard} className="rounded-md">
            <BrandMark collapsed={collapsed} subtitle={t.app.panel} />
          </Link>
        </div>
        <div className="flex-1 overflow-y-auto">
          <SidebarNav t={t.nav} role={user.role} collapsed={collapsed} />
        </div>
        <div className={cn('border-t border-sidebar-border p-2', collapsed && 'flex justify-center')}>
          <Button
            variant="ghost"
            size="sm"
            onClick={toggle}
            className={cn(
              'w-full justify-start gap-2 text-muted-foreground',
              collapsed && 'w-8 justify-center px-0',
            )}
            aria-label={collapsed ? t.nav.expand : t.nav.collapse}
            title={`${collapsed ? t.nav.expand : t.nav.collapse} (Ctrl+B)`}
            aria-expanded={!collapsed}
          >
            {collapsed ? <PanelLeftOpen aria-hidden="true" /> : <PanelLeftClose aria-hidden="true" />}
            {collapsed ? null : <span className="text-xs">{t.nav.collapse}</span>}
          </Button>
        </div>
      </aside>

      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/90 px-3 backdrop-blur supports-[backdrop-filter]:bg-background/75 md:px-6">
          <Sheet open={mobileOpen} onOpenChange={setMobileOpen}>
            <SheetTrigger asChild>
              <Button variant="ghost" size="icon-sm" className="md:hidden" aria-label={t.nav.openMenu}>
                <Menu aria-hidden="true" />
              </Button>
            </SheetTrigger>
            <SheetContent side="left" closeLabel={t.app.close} className="bg-sidebar p-0">
              <div className="flex h-14 items-center border-b border-sidebar-border px-4">
                <SheetTitle asChild>
                  <div>
                    <BrandMark subtitle={t.app.panel} />
                  </div>
                </SheetTitle>
                <SheetDescription className="sr-only">{t.nav.label}</SheetDescription>
              </div>
              <div className="flex-1 overflow-y-auto">
                <SidebarNav t={t.nav} role={user.role} onNavigate={() => setMobileOpen(false)} />
              </div>
            </SheetContent>
          </Sheet>
          <Link href="/" className="rounded-md md:hidden" aria-label={t.nav.dashboard}>
            <BrandMark />
          </Link>
          <div className="ml-auto flex items-center gap-1">
            <LocaleSwitch locale={locale} label={`${t.userMenu.languageLabel}: ${t.userMenu.language}`} />
            <ThemeToggle t={t.theme} />
            <div className="mx-1 h-6 w-px bg-border" aria-hidden="true" />
            <UserMenu user={user} t={t.userMenu} roles={t.roles} />
          </div>
        </header>
        <main id="main" className="flex-1 px-3 py-4 md:px-6 md:py-6">
          <div className="mx-auto flex w-full max-w-7xl flex-col gap-4 md:gap-6">{children}</div>
        </main>
      </div>
    </div>
  );
}
