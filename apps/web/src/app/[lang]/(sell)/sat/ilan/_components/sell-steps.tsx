import { Check } from 'lucide-react';
import Link from 'next/link';
import { cn } from '@/lib/cn';
import type { Locale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { type SellStep, sellSteps, stepHref } from '../_lib/steps';

type Props = { locale: Locale; current: SellStep; listingId: string | null };

/**
 * Where the seller is in the flow. Once the draft exists every step is a link (go back, jump ahead); before that
 * the steps are plain text. On phones only the current step's name shows beside the bar.
 */
export function SellSteps({ locale, current, listingId }: Props) {
  const t = getSellFlowMessages(locale);
  const index = sellSteps.indexOf(current);
  return (
    <nav aria-label={t.stepsLabel} className="mt-6" data-testid="sell-steps" data-step={current}>
      <p className="text-sm font-semibold text-ink sm:hidden">
        <span className="text-ink-muted">{t.stepOf(index + 1, sellSteps.length)} · </span>
        {t.steps[index]}
      </p>
      <ol className="mt-2 grid grid-cols-5 gap-1.5 sm:mt-0 sm:gap-3">
        {sellSteps.map((step, position) => {
          const done = position < index;
          const active = position === index;
          const label = (
            <>
              <span
                className={cn('block h-1.5 rounded-full', active ? 'bg-accent' : done ? 'bg-ink' : 'bg-line')}
              />
              <span
                className={cn(
                  'mt-2 hidden items-center gap-1.5 text-sm font-semibold sm:flex',
                  active ? 'text-ink' : 'text-ink-muted',
                )}
              >
                {done ? <Check className="h-4 w-4 text-success" aria-hidden="true" /> : null}
                {t.steps[position]}
              </span>
            </>
          );
          return (
            <li key={step} aria-current={active ? 'step' : undefined}>
              {listingId && !active ? (
                <Link href={stepHref(locale, listingId, step)} className="block rounded-sm hover:opacity-80">
                  <span className="sr-only sm:hidden">{t.steps[position]}</span>
                  {label}
                </Link>
              ) : (
                <span className="block">
                  <span className="sr-only sm:hidden">{t.steps[position]}</span>
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
