import { ArrowRight } from 'lucide-react';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import type { Dictionary } from '@/lib/i18n/dictionaries';
import { type Locale, localePath } from '@/lib/i18n/locale';

export function SellBanner({ locale, t }: { locale: Locale; t: Dictionary['sellBanner'] }) {
  return (
    <section className="mt-16">
      <Container>
        <div className="flex flex-col items-start gap-6 rounded-xl bg-ink px-6 py-8 text-white sm:px-10 sm:py-10 md:flex-row md:items-center md:justify-between">
          <div className="max-w-xl">
            <h2 className="text-2xl font-bold tracking-[-0.02em]">{t.title}</h2>
            <p className="mt-2 leading-7 text-white/75">{t.lead}</p>
          </div>
          <ButtonLink href={localePath(locale, '/sat')} size="lg" className="shrink-0">
            {t.cta}
            <ArrowRight className="h-4 w-4" aria-hidden="true" />
          </ButtonLink>
        </div>
      </Container>
    </section>
  );
}
