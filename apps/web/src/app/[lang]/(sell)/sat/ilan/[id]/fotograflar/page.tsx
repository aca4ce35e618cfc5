import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCsrfToken } from '@/lib/csrf';
import { toLocale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { privatePageMetadata } from '@/lib/metadata';
import { ListingStepFrame } from '../../_components/listing-step-frame';
import { PhotoManager } from '../../_components/photos/photo-manager';
import { loadOwnListing } from '../../_lib/load-own-listing';
import { stepHref } from '../../_lib/steps';

type Props = { params: { lang: string; id: string } };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getSellFlowMessages(toLocale(params.lang)).photos.title);
}

/** Step 3: photos (saved to the draft as they arrive). */
export default async function ListingPhotosPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const listing = await loadOwnListing(params.id, locale);
  if (!listing) notFound();
  const t = getSellFlowMessages(locale);
  return (
    <ListingStepFrame
      locale={locale}
      listing={listing}
      step="fotograflar"
      title={t.photos.title}
      lead={t.photos.lead}
    >
      <PhotoManager
        locale={locale}
        csrf={getCsrfToken()}
        listing={listing}
        back={stepHref(locale, listing.id, 'bilgiler')}
        next={stepHref(locale, listing.id, 'fiyat')}
      />
    </ListingStepFrame>
  );
}
