import type { Metadata } from 'next';
import { getCategories } from '@/lib/api';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { privatePageMetadata } from '@/lib/metadata';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { CategoryOptions } from './_components/category-options';
import { SellPageTitle } from './_components/sell-page-title';
import { SellSteps } from './_components/sell-steps';
import { StepHeader } from './_components/step-header';
import { StepNav } from './_components/step-nav';

type Props = { params: { lang: string }; searchParams?: SearchParams };

export function generateMetadata({ params }: Props): Metadata {
  return privatePageMetadata(getSellFlowMessages(toLocale(params.lang)).title);
}

/** Step 1 of a new listing: pick the category (a GET form: the draft is created on the next step). */
export default async function NewListingPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const t = getSellFlowMessages(locale);
  const categories = await getCategories(locale);
  return (
    <>
      <SellPageTitle locale={locale} editing={false} />
      <SellSteps locale={locale} current="kategori" listingId={null} />
      <StepHeader title={t.category.title} lead={t.category.lead} />
      <form action={localePath(locale, '/sat/ilan/yeni')} method="get" className="mt-6 flex flex-col gap-6">
        <CategoryOptions
          categories={categories}
          selected={firstParam(searchParams, 'kategori') ?? null}
          general={t.category.general}
        />
        <StepNav locale={locale} submit={t.category.choose} />
      </form>
    </>
  );
}
