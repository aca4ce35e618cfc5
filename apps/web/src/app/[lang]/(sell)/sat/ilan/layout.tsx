import { Store } from 'lucide-react';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { loadSeller } from './_lib/load-seller';

type Props = { children: ReactNode; params: { lang: string } };

/**
 * Every step of the listing flow needs a session (signed-out visitors go to sign-in and come back). A member
 * without a seller profile can prepare drafts; the notice says up front that publishing needs onboarding.
 */
export default async function SellFlowLayout({ children, params }: Props) {
  const locale = toLocale(params.lang);
  const seller = await loadSeller(locale);
  const t = getSellFlowMessages(locale);
  return (
    <Container className="max-w-4xl pb-8 pt-6 sm:pt-8">
      {seller ? null : (
        <Alert tone="warning" title={t.noSeller.title} className="mb-6" data-testid="no-seller-notice">
          <p>{t.noSeller.text}</p>
          <ButtonLink href={localePath(locale, '/sat/baslat')} size="sm" variant="secondary" className="mt-3">
            <Store className="h-4 w-4" aria-hidden="true" />
            {t.noSeller.cta}
          </ButtonLink>
        </Alert>
      )}
      {children}
    </Container>
  );
}
