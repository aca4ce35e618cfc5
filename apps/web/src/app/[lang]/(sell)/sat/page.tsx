import type { Locale, SellerProfile } from '@tarodan/contracts';
import { ArrowRight, Plus, Store } from 'lucide-react';
import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { getSellerProfile } from '@/lib/account-api';
import { getCurrentUser } from '@/lib/auth';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getSellerMessages } from '@/lib/i18n/seller-messages';
import { getSessionToken } from '@/lib/session';

type Props = { params: { lang: string } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getDictionary(toLocale(params.lang)).sell;
  return { title: t.title, description: t.lead, robots: { index: false, follow: true } };
}

/** The member's seller profile when signed in; any failure just shows the "start selling" call to action. */
async function sellerOf(signedIn: boolean): Promise<SellerProfile | null> {
  const token = getSessionToken();
  if (!signedIn || !token) return null;
  return getSellerProfile(token).catch(() => null);
}

function SellerCallToAction({
  locale,
  seller,
  signedIn,
}: {
  locale: Locale;
  seller: SellerProfile | null;
  signedIn: boolean;
}) {
  const t = getSellerMessages(locale);
  const start = localePath(locale, '/sat/baslat');
  return (
    <div
      className="mt-8 flex flex-col gap-5 rounded-lg border border-line bg-surface p-6 sm:flex-row sm:items-center sm:justify-between"
      data-testid="sell-cta"
    >
      <div className="flex gap-4">
        <span className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-hover">
          <Store className="h-6 w-6" aria-hidden="true" />
        </span>
        <div>
          <h2 className="font-semibold text-ink">{seller ? t.sellPage.yourStatus : t.sellPage.cta}</h2>
          <p className="mt-1 leading-7 text-ink-muted">
            {seller ? (
              <>
                <span className="font-semibold text-ink" data-testid="sell-status">
                  {t.status[seller.status]}
                </span>
                {' · '}
                {t.statusText[seller.status]}
              </>
            ) : signedIn ? (
              t.sellPage.ctaLead
            ) : (
              t.sellPage.signInFirst
            )}
          </p>
        </div>
      </div>
      <ButtonLink href={start} size="lg" className="shrink-0" data-testid="start-selling">
        {seller ? t.sellPage.manage : t.sellPage.cta}
        <ArrowRight className="h-4 w-4" aria-hidden="true" />
      </ButtonLink>
    </div>
  );
}

/** How selling works, and the way in: start selling, or the seller account's status once there is one. */
export default async function SellPage({ params }: Props) {
  const locale = toLocale(params.lang);
  const t = getDictionary(locale);
  const user = await getCurrentUser();
  const seller = await sellerOf(user !== null);
  return (
    <Container className="pt-8 sm:pt-12">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-extrabold tracking-[-0.03em] text-ink sm:text-4xl">{t.sell.title}</h1>
        <p className="mt-3 text-lg leading-8 text-ink-muted">{t.sell.lead}</p>
      </div>
      <ol className="mt-8 grid gap-4 md:grid-cols-3">
        {t.sell.steps.map((step, index) => (
          <li key={step.title} className="rounded-lg border border-line bg-surface p-6">
            <span className="flex h-9 w-9 items-center justify-center rounded-full bg-ink text-sm font-bold text-white">
              {index + 1}
            </span>
            <h2 className="mt-4 font-semibold text-ink">{step.title}</h2>
            <p className="mt-1 leading-7 text-ink-muted">{step.text}</p>
          </li>
        ))}
      </ol>
      <SellerCallToAction locale={locale} seller={seller} signedIn={user !== null} />
      <div className="mt-6 flex flex-col gap-3 sm:flex-row">
        {user ? (
          <ButtonLink href={localePath(locale, '/sat/ilan')} size="lg" data-testid="new-listing">
            <Plus className="h-4 w-4" aria-hidden="true" />
            {t.sellBanner.cta}
          </ButtonLink>
        ) : null}
        <ButtonLink href={localePath(locale, '/yardim')} size="lg" variant="secondary">
          {t.footer.help}
        </ButtonLink>
        <ButtonLink href={`${localePath(locale)}#kategoriler`} size="lg" variant="ghost">
          {t.category.emptyBrowse}
        </ButtonLink>
      </div>
    </Container>
  );
}
