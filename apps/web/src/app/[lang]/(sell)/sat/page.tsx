import { Clock } from 'lucide-react';
import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localePath, toLocale } from '@/lib/i18n/locale';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getDictionary(toLocale(params.lang)).sell;
  return { title: t.title, description: t.lead, robots: { index: false, follow: true } };
}

/** How selling works, until seller onboarding (iyzico sub-merchants) ships. */
export default function SellPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const t = getDictionary(locale);
  return (
    <Container className="pt-8 sm:pt-12">
      <div className="max-w-3xl">
        <p className="inline-flex items-center gap-2 rounded-full bg-accent-soft px-3 py-1 text-[13px] font-semibold text-accent-hover">
          <Clock className="h-4 w-4" aria-hidden="true" />
          {t.sell.soon}
        </p>
        <h1 className="mt-4 text-3xl font-extrabold tracking-[-0.03em] text-ink sm:text-4xl">
          {t.sell.title}
        </h1>
        <p className="mt-3 text-lg leading-8 text-ink-muted">{t.sell.lead}</p>
      </div>
      <ol className="mt-8 grid gap-4 md:grid-cols-3">
        {t.sell.steps.map((step, index) => (
          <li key={step.title} className="rounded-lg border border-line bg-surface p-6">
            <span className="flex h-9 w-9 items-center justify-center rounded-full bg-ink text-sm font-bold text-white">
              {index + 1}
            </span>
            <h2 className="mt-4 font-semibold text-ink">{step.title}</h2>
            <p className="mt-1 leading-7 text-ink-muted">{step.text}</p>
          </li>
        ))}
      </ol>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">
        <ButtonLink href={localePath(locale, '/yardim')} size="lg" variant="secondary">
          {t.footer.help}
        </ButtonLink>
        <ButtonLink href={`${localePath(locale)}#kategoriler`} size="lg" variant="ghost">
          {t.category.emptyBrowse}
        </ButtonLink>
      </div>
    </Container>
  );
}
