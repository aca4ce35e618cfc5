'use client';

import { Globe } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type Locale, switchLocalePath } from '@/lib/i18n/locale';

type Props = { locale: Locale; label: string; short: string };

/** Links to the same page in the other language (a plain link, so it also works without JavaScript). */
export function LanguageSwitch({ locale, label, short }: Props) {
  const pathname = usePathname() ?? '/';
  const target: Locale = locale === 'tr' ? 'en' : 'tr';
  return (
    <Link
      href={switchLocalePath(pathname, target)}
      hrefLang={target}
      lang={target}
      aria-label={`${label} (${short})`}
      title={label}
      data-testid="language-switch"
      className="inline-flex h-10 items-center gap-1.5 rounded-md px-2.5 text-sm font-semibold text-ink-muted transition-colors hover:bg-muted hover:text-ink"
    >
      <Globe className="hidden h-4 w-4 sm:block" aria-hidden="true" />
      <span>{short}</span>
    </Link>
  );
}
