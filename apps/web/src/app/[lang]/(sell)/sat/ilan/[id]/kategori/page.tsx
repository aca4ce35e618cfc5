import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCategories } from '@/lib/api';
import { getCsrfToken } from '@/lib/csrf';
import { toLocale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { privatePageMetadata } from '@/lib/metadata';
import { ChangeCategoryForm } from '../../_components/change-category-form';
import { SellPageTitle } from '../../_components/sell-page-title';
import { SellSteps } from '../../_components/sell-steps';
import { StepHeader } from '../../_components/step-header';
import { loadOwnListing } from '../../_lib/load-own-listing';

type Props = { params: { lang: string; id: string } };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getSellFlowMessages(toLocale(params.lang)).editTitle);
}

/** Step 1 of an existing listing: its category. */
export default async function ListingCategoryPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const [listing, categories] = await Promise.all([loadOwnListing(params.id, locale), getCategories(locale)]);
  if (!listing) notFound();
  const t = getSellFlowMessages(locale);
  return (
    <>
      <SellPageTitle locale={locale} editing={listing.status !== 'draft'} />
      <SellSteps locale={locale} current="kategori" listingId={listing.id} />
      <StepHeader title={t.category.title} lead={t.category.lead} />
      <ChangeCategoryForm
        locale={locale}
        csrf={getCsrfToken()}
        listingId={listing.id}
        categories={categories}
        selected={listing.category.slug}
        general={t.category.general}
      />
    </>
  );
}
