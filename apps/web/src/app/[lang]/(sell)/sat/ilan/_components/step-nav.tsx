import { ArrowLeft, ArrowRight } from 'lucide-react';
import { ButtonLink } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';

type Props = { locale: Locale; submit?: string; back?: string; hint?: boolean };

/** Back link and the submit button at the foot of each step (sticky on phones, so it is always in reach). */
export function StepNav({ locale, submit, back, hint }: Props) {
  const t = getSellFlowMessages(locale);
  return (
    <div className="sticky bottom-0 z-10 -mx-4 flex flex-col gap-3 border-t border-line bg-canvas/95 px-4 py-4 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0 sm:backdrop-blur-0">
      {hint ? <p className="hidden text-sm text-ink-muted sm:block">{t.draftSaved}</p> : null}
      <div className="flex items-center justify-between gap-3">
        {back ? (
          <ButtonLink href={back} variant="ghost" size="lg" className="px-3">
            <ArrowLeft className="h-4 w-4" aria-hidden="true" />
            {t.back}
          </ButtonLink>
        ) : (
          <span />
        )}
        <SubmitButton size="lg" pendingLabel={t.saving} data-testid="step-submit">
          {submit ?? t.next}
          <ArrowRight className="h-4 w-4" aria-hidden="true" />
        </SubmitButton>
      </div>
    </div>
  );
}
