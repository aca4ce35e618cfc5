import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCsrfToken } from '@/lib/csrf';
import { toLocale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { getCategoryAttributes } from '@/lib/listings-api';
import { privatePageMetadata } from '@/lib/metadata';
import { DetailsForm } from '../../_components/details-form';
import { ListingStepFrame } from '../../_components/listing-step-frame';
import { brandsForSelect } from '../../_lib/brands';
import { loadOwnListing } from '../../_lib/load-own-listing';
import { stepHref } from '../../_lib/steps';

type Props = { params: { lang: string; id: string } };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getSellFlowMessages(toLocale(params.lang)).editTitle);
}

/** Step 2 of an existing listing (also where "Düzenle" leads). */
export default async function ListingDetailsPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const listing = await loadOwnListing(params.id, locale);
  if (!listing) notFound();
  const [attributes, brands] = await Promise.all([
    getCategoryAttributes(listing.category.slug, locale),
    brandsForSelect(),
  ]);
  const t = getSellFlowMessages(locale);
  return (
    <ListingStepFrame
      locale={locale}
      listing={listing}
      step="bilgiler"
      title={t.details.title}
      lead={t.details.lead}
      aside={
        <p className="text-sm font-semibold text-ink" data-testid="chosen-category">
          {listing.breadcrumbs.map((crumb) => crumb.name).join(' › ')}
        </p>
      }
    >
      <DetailsForm
        locale={locale}
        csrf={getCsrfToken()}
        categorySlug={listing.category.slug}
        attributes={attributes?.attributes ?? []}
        brands={brands}
        listing={listing}
        back={stepHref(locale, listing.id, 'kategori')}
      />
    </ListingStepFrame>
  );
}
