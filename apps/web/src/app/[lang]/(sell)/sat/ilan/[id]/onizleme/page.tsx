import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { getCsrfToken } from '@/lib/csrf';
import { toLocale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { privatePageMetadata } from '@/lib/metadata';
import { ListingPreview } from '../../_components/listing-preview';
import { ListingStepFrame } from '../../_components/listing-step-frame';
import { PublishForm } from '../../_components/publish-form';
import { PublishResult } from '../../_components/publish-result';
import { loadOwnListing } from '../../_lib/load-own-listing';
import { loadSeller } from '../../_lib/load-seller';

type Props = { params: { lang: string; id: string } };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getSellFlowMessages(toLocale(params.lang)).preview.title);
}

/** Step 5: the preview, the publish button, and afterwards whether it went live or to review. */
export default async function ListingPreviewPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const [listing, seller] = await Promise.all([loadOwnListing(params.id, locale), loadSeller(locale)]);
  if (!listing) notFound();
  const t = getSellFlowMessages(locale);
  const canPublish = listing.allowedActions.includes('publish');
  return (
    <ListingStepFrame
      locale={locale}
      listing={listing}
      step="onizleme"
      title={t.preview.title}
      lead={t.preview.lead}
    >
      <div className="mt-6 flex flex-col gap-6">
        <PublishResult listing={listing} locale={locale} />
        <ListingPreview listing={listing} locale={locale} />
        {canPublish ? (
          seller ? (
            <PublishForm locale={locale} csrf={getCsrfToken()} listingId={listing.id} canPublish />
          ) : (
            <Alert tone="warning" title={t.noSeller.title}>
              {t.noSeller.text}
            </Alert>
          )
        ) : null}
      </div>
    </ListingStepFrame>
  );
}
