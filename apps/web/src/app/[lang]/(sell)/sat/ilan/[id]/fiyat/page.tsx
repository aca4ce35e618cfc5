import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCsrfToken } from '@/lib/csrf';
import { toLocale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { privatePageMetadata } from '@/lib/metadata';
import { ListingStepFrame } from '../../_components/listing-step-frame';
import { PricingForm } from '../../_components/pricing-form';
import { loadOwnListing } from '../../_lib/load-own-listing';
import { stepHref } from '../../_lib/steps';

type Props = { params: { lang: string; id: string } };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getSellFlowMessages(toLocale(params.lang)).pricing.title);
}

/** Step 4: price and shipping. */
export default async function ListingPricingPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const listing = await loadOwnListing(params.id, locale);
  if (!listing) notFound();
  const t = getSellFlowMessages(locale);
  return (
    <ListingStepFrame
      locale={locale}
      listing={listing}
      step="fiyat"
      title={t.pricing.title}
      lead={t.pricing.lead}
    >
      <PricingForm
        locale={locale}
        csrf={getCsrfToken()}
        listing={listing}
        back={stepHref(locale, listing.id, 'fotograflar')}
      />
    </ListingStepFrame>
  );
}
