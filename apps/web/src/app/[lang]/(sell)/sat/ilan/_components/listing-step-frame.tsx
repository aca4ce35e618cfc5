import type { OwnListing } from '@tarodan/contracts';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { SellStep } from '../_lib/steps';
import { SellPageTitle } from './sell-page-title';
import { SellSteps } from './sell-steps';
import { StepHeader } from './step-header';

type Props = {
  locale: Locale;
  listing: OwnListing;
  step: SellStep;
  title: string;
  lead: string;
  /** Under the step's title, e.g. the chosen category. */
  aside?: ReactNode;
  children: ReactNode;
};

/** What every step of an existing listing shows above its form: the page title, the step bar and the step header. */
export function ListingStepFrame({ locale, listing, step, title, lead, aside, children }: Props) {
  return (
    <>
      <SellPageTitle locale={locale} editing={listing.status !== 'draft'} />
      <SellSteps locale={locale} current={step} listingId={listing.id} />
      <StepHeader title={title} lead={lead}>
        {aside}
      </StepHeader>
      {children}
    </>
  );
}
