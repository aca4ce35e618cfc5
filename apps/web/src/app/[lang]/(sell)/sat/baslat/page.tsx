import { ShieldCheck } from 'lucide-react';
import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Container } from '@/components/ui/container';
import { getSellerProfile } from '@/lib/account-api';
import { withSession } from '@/lib/auth';
import { getCsrfToken } from '@/lib/csrf';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getSellerMessages } from '@/lib/i18n/seller-messages';
import { privatePageMetadata } from '@/lib/metadata';
import { SellerForm } from './seller-form';
import { SellerSummary } from './seller-summary';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getSellerMessages(toLocale(params.lang));
  return privatePageMetadata(t.title, t.lead);
}

/** Seller onboarding: the masked summary once the member is a seller, and the form to start (or update). */
export default async function StartSellingPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const seller = await withSession(locale, getSellerProfile);
  const t = getSellerMessages(locale);
  const d = getDictionary(locale);
  return (
    <Container className="pt-6 sm:pt-8">
      <Breadcrumb
        label={d.category.breadcrumb}
        items={[
          { label: d.category.home, href: localePath(locale) },
          { label: d.sell.title, href: localePath(locale, '/sat') },
          { label: t.title, href: localePath(locale, '/sat/baslat') },
        ]}
      />
      <div className="mt-6 grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_320px]">
        <div className="flex min-w-0 flex-col gap-6">
          <div>
            <h1 className="text-3xl font-extrabold tracking-[-0.03em] text-ink sm:text-4xl">{t.title}</h1>
            <p className="mt-3 max-w-2xl text-lg leading-8 text-ink-muted">{t.lead}</p>
          </div>
          {seller ? <SellerSummary locale={locale} seller={seller} /> : null}
          <div className="rounded-lg border border-line bg-surface p-5 sm:p-7">
            {seller ? <p className="mb-6 leading-7 text-ink-muted">{t.edit}</p> : null}
            <SellerForm locale={locale} csrf={getCsrfToken()} seller={seller} />
          </div>
        </div>
        <aside className="rounded-lg bg-success-soft p-6 lg:sticky lg:top-24">
          <ShieldCheck className="h-7 w-7 text-success" aria-hidden="true" />
          <h2 className="mt-3 font-bold text-ink">{d.trust.escrowTitle}</h2>
          <p className="mt-1 leading-7 text-ink-muted">{d.trust.escrow}</p>
          <h2 className="mt-5 font-bold text-ink">{d.trust.paymentTitle}</h2>
          <p className="mt-1 leading-7 text-ink-muted">{d.trust.payment}</p>
        </aside>
      </div>
    </Container>
  );
}
