import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCategory } from '@/lib/api';
import { getCsrfToken } from '@/lib/csrf';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { getCategoryAttributes } from '@/lib/listings-api';
import { privatePageMetadata } from '@/lib/metadata';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { DetailsForm } from '../_components/details-form';
import { SellPageTitle } from '../_components/sell-page-title';
import { SellSteps } from '../_components/sell-steps';
import { StepHeader } from '../_components/step-header';
import { brandsForSelect } from '../_lib/brands';

type Props = { params: { lang: string }; searchParams?: SearchParams };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getSellFlowMessages(toLocale(params.lang)).title);
}

/** Step 2 of a new listing (`?kategori=<slug>` from step 1): saving this form creates the draft. */
export default async function NewListingDetailsPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const slug = firstParam(searchParams, 'kategori') ?? '';
  const [category, attributes, brands] = await Promise.all([
    slug ? getCategory(slug, locale) : null,
    slug ? getCategoryAttributes(slug, locale) : null,
    brandsForSelect(),
  ]);
  if (!category || !attributes) redirect(localePath(locale, '/sat/ilan'));
  const t = getSellFlowMessages(locale);
  return (
    <>
      <SellPageTitle locale={locale} editing={false} />
      <SellSteps locale={locale} current="bilgiler" listingId={null} />
      <StepHeader title={t.details.title} lead={t.details.lead}>
        <p className="text-sm font-semibold text-ink" data-testid="chosen-category">
          {[...category.path.map((node) => node.name)].join(' › ')}
        </p>
      </StepHeader>
      <DetailsForm
        locale={locale}
        csrf={getCsrfToken()}
        categorySlug={slug}
        attributes={attributes.attributes}
        brands={brands}
        listing={null}
        back={`${localePath(locale, '/sat/ilan')}?kategori=${encodeURIComponent(slug)}`}
      />
    </>
  );
}
