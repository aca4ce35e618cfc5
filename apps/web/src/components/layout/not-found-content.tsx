'use client';

import { Home, Search, SearchX } from 'lucide-react';
import { usePathname } from 'next/navigation';
import { ButtonLink } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localeOfPath, localePath } from '@/lib/i18n/locale';

/** The 404 body. Not-found pages get no params, so the language comes from the address bar. */
export function NotFoundContent() {
  const locale = localeOfPath(usePathname() ?? '/');
  const t = getDictionary(locale).notFound;
  return (
    <div data-testid="not-found">
      <StatusMessage
        code="404"
        title={t.title}
        description={t.lead}
        illustration={
          <div className="flex h-20 w-20 items-center justify-center rounded-full bg-accent-soft text-accent-hover">
            <SearchX className="h-9 w-9" aria-hidden="true" strokeWidth={1.6} />
          </div>
        }
        actions={
          <>
            <ButtonLink href={localePath(locale)} size="lg">
              <Home className="h-4 w-4" aria-hidden="true" />
              {t.home}
            </ButtonLink>
            <ButtonLink href={localePath(locale, '/ara')} size="lg" variant="secondary">
              <Search className="h-4 w-4" aria-hidden="true" />
              {t.search}
            </ButtonLink>
          </>
        }
      />
    </div>
  );
}
