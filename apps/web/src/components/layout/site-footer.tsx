import { Lock } from 'lucide-react';
import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { type Locale, localePath } from '@/lib/i18n/locale';
import { Wordmark } from './wordmark';

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).footer;
  const columns = [
    {
      title: t.company,
      links: [
        { href: '/hakkimizda', label: t.about },
        { href: '/yardim', label: t.help },
      ],
    },
    {
      title: t.legal,
      links: [
        { href: '/kvkk', label: t.kvkk },
        { href: '/kullanim-kosullari', label: t.terms },
      ],
    },
  ];
  return (
    <footer className="mt-20 border-t border-line bg-surface">
      <Container className="grid grid-cols-2 gap-x-6 gap-y-10 py-12 lg:grid-cols-[2fr_1fr_1fr]">
        <div className="col-span-2 max-w-xs space-y-3 lg:col-span-1">
          <Wordmark />
          <p className="text-sm leading-6 text-ink-muted">{t.tagline}</p>
        </div>
        {columns.map((column) => (
          <nav key={column.title} aria-label={column.title}>
            <h2 className="text-sm font-semibold text-ink">{column.title}</h2>
            <ul className="mt-3 space-y-2.5">
              {column.links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={localePath(locale, link.href)}
                    className="text-sm text-ink-muted transition-colors hover:text-accent-hover"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </Container>
      <div className="border-t border-line">
        <Container className="flex flex-col gap-2 py-5 text-sm text-ink-subtle sm:flex-row sm:items-center sm:justify-between">
          <p>
            © {new Date().getFullYear()} TARODAN. {t.rights}
          </p>
          <p className="inline-flex items-center gap-1.5">
            <Lock className="h-3.5 w-3.5" aria-hidden="true" />
            {t.payments}
          </p>
        </Container>
      </div>
    </footer>
  );
}
