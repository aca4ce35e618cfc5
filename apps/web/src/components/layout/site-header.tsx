import type { UserSummary } from '@tarodan/contracts';
import { Plus, UserRound } from 'lucide-react';
import Link from 'next/link';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { type Locale, localePath } from '@/lib/i18n/locale';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search-box';
import { Wordmark } from './wordmark';

type Props = { locale: Locale; user: UserSummary | null; csrf: string };

/**
 * Logo, search, the member's menu (or sign-in / sign-up) and the sell button. On phones the search box wraps onto
 * its own full-width row.
 */
export function SiteHeader({ locale, user, csrf }: Props) {
  const t = getDictionary(locale).header;
  return (
    <header className="sticky top-0 z-40 border-b border-line bg-surface/95 backdrop-blur supports-[backdrop-filter]:bg-surface/85">
      <Container className="flex flex-wrap items-center gap-x-4 gap-y-3 py-3 md:h-[68px] md:flex-nowrap md:py-0 lg:gap-x-8">
        <Link href={localePath(locale)} aria-label={t.home} className="rounded-md" data-testid="home-link">
          <Wordmark />
        </Link>
        <SearchBox
          action={localePath(locale, '/ara')}
          label={t.searchLabel}
          placeholder={t.searchPlaceholder}
          locale={locale}
          className="order-last basis-full md:order-none md:max-w-xl md:flex-1 md:basis-auto"
        />
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <LanguageSwitch locale={locale} label={t.switchTo} short={t.switchToShort} />
          {user ? (
            <AccountMenu
              locale={locale}
              name={user.displayName}
              csrf={csrf}
              labels={{
                menu: t.accountMenu,
                account: t.account,
                listings: t.myListings,
                favorites: t.myFavorites,
                startSelling: t.startSelling,
                signOut: t.signOut,
              }}
            />
          ) : (
            <>
              <Link
                href={localePath(locale, '/giris')}
                aria-label={t.signIn}
                className="inline-flex h-10 w-10 items-center justify-center gap-1.5 rounded-md text-sm font-semibold text-ink transition-colors hover:bg-muted sm:w-auto sm:px-2.5"
                data-testid="sign-in-link"
              >
                <UserRound className="h-5 w-5 sm:hidden" aria-hidden="true" />
                <span className="hidden sm:inline">{t.signIn}</span>
              </Link>
              <Link
                href={localePath(locale, '/kayit')}
                className="hidden h-10 items-center rounded-md px-2.5 text-sm font-semibold text-ink transition-colors hover:bg-muted sm:inline-flex"
                data-testid="register-link"
              >
                {t.register}
              </Link>
            </>
          )}
          <ButtonLink
            href={localePath(locale, '/sat')}
            size="sm"
            className="h-10 px-4"
            data-testid="sell-button"
          >
            <Plus className="h-4 w-4" aria-hidden="true" />
            {t.sell}
          </ButtonLink>
        </div>
      </Container>
    </header>
  );
}
