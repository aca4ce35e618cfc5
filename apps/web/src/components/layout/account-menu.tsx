'use client';

import type { Locale } from '@tarodan/contracts';
import { ChevronDown, Heart, LayoutList, LogOut, Store, UserRound } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { CsrfField } from '@/components/forms/csrf-field';
import { localePath } from '@/lib/i18n/locale';

type Labels = {
  menu: string;
  account: string;
  listings: string;
  favorites: string;
  startSelling: string;
  signOut: string;
};
type Props = { locale: Locale; name: string; csrf: string; labels: Labels };

const item =
  'flex w-full items-center gap-3 rounded-md px-3 py-2.5 text-left text-[15px] font-medium text-ink transition-colors hover:bg-muted focus-visible:bg-muted';

/**
 * The signed-in member's menu: a <details> disclosure, so it opens without JavaScript; with it, it also closes on
 * Escape, on a click outside and after navigating. Sign out is a plain POST form with the CSRF token.
 */
export function AccountMenu({ locale, name, csrf, labels }: Props) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    const close = () => ref.current?.removeAttribute('open');
    const onPointer = (event: PointerEvent) => {
      if (ref.current?.open && !ref.current.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && ref.current?.open) {
        close();
        ref.current.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the menu whenever the page changes
  useEffect(() => ref.current?.removeAttribute('open'), [pathname]);

  const initial =
    name
      .trim()
      .charAt(0)
      .toLocaleUpperCase(locale === 'tr' ? 'tr-TR' : 'en-GB') || '?';
  return (
    <details ref={ref} className="group relative" data-testid="account-menu">
      <summary
        aria-label={`${labels.menu}: ${name}`}
        className="flex h-10 cursor-pointer list-none items-center gap-2 rounded-full p-1 sm:pr-2 text-sm font-semibold text-ink transition-colors hover:bg-muted [&::-webkit-details-marker]:hidden"
      >
        <span
          aria-hidden="true"
          className="flex h-8 w-8 items-center justify-center rounded-full bg-accent-soft text-sm font-bold text-accent-hover"
        >
          {initial}
        </span>
        <span className="hidden max-w-[10rem] truncate sm:inline" data-testid="account-menu-name">
          {name}
        </span>
        <ChevronDown
          className="h-4 w-4 text-ink-subtle transition-transform group-open:rotate-180"
          aria-hidden="true"
        />
      </summary>
      <div className="absolute right-0 top-12 z-50 w-60 rounded-lg border border-line bg-surface p-1.5 shadow-lg">
        <p className="truncate px-3 pb-2 pt-1.5 text-sm font-semibold text-ink sm:hidden">{name}</p>
        <Link href={localePath(locale, '/hesabim')} className={item}>
          <UserRound className="h-4 w-4 text-ink-subtle" aria-hidden="true" />
          {labels.account}
        </Link>
        <Link href={localePath(locale, '/hesabim/ilanlarim')} className={item}>
          <LayoutList className="h-4 w-4 text-ink-subtle" aria-hidden="true" />
          {labels.listings}
        </Link>
        <Link href={localePath(locale, '/hesabim/favoriler')} className={item}>
          <Heart className="h-4 w-4 text-ink-subtle" aria-hidden="true" />
          {labels.favorites}
        </Link>
        <Link href={localePath(locale, '/sat/baslat')} className={item}>
          <Store className="h-4 w-4 text-ink-subtle" aria-hidden="true" />
          {labels.startSelling}
        </Link>
        <div className="my-1 border-t border-line" />
        <form method="post" action="/bff/cikis">
          <CsrfField token={csrf} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className={item} data-testid="sign-out">
            <LogOut className="h-4 w-4 text-ink-subtle" aria-hidden="true" />
            {labels.signOut}
          </button>
        </form>
      </div>
    </details>
  );
}
