import type { SellerProfile } from '@tarodan/contracts';
import { Lock, Store } from 'lucide-react';
import { DetailList } from '@/components/detail-list';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { Messages } from '@/lib/messages/tr';

type Texts = Pick<Messages, 'users' | 'sellerTypes' | 'sellerStatuses'>;

const statusVariant = { pending: 'warning', active: 'success', failed: 'destructive' } as const;

/** The seller's sub-merchant data (fields the seller type does not use are left out) as the API gives it: identity numbers and IBAN already masked. */
export function SellerCard({
  seller,
  t,
  dateFormat,
}: {
  seller: SellerProfile | null;
  t: Texts;
  dateFormat: Intl.DateTimeFormat;
}) {
  return (
    <Card data-testid="seller-card">
      <CardHeader className="pb-1">
        <CardTitle className="flex items-center gap-2">
          <Store className="size-4 text-muted-foreground" aria-hidden="true" />
          {t.users.sellerTitle}
        </CardTitle>
        {seller ? (
          <CardDescription className="flex items-center gap-1">
            <Lock className="size-3" aria-hidden="true" />
            {t.users.sellerMasked}
          </CardDescription>
        ) : null}
      </CardHeader>
      <CardContent className="pb-2">
        {seller ? (
          <DetailList
            items={[
              { label: t.users.storeName, value: seller.storeName },
              { label: t.users.sellerType, value: t.sellerTypes[seller.type] },
              {
                label: t.users.sellerStatus,
                value: (
                  <Badge variant={statusVariant[seller.status]}>{t.sellerStatuses[seller.status]}</Badge>
                ),
              },
              { label: t.users.contact, value: `${seller.contactName} ${seller.contactSurname}` },
              { label: t.users.legalCompanyTitle, value: seller.legalCompanyTitle },
              { label: t.users.taxOffice, value: seller.taxOffice },
              { label: t.users.identityNumber, value: seller.identityNumberMasked, mono: true },
              { label: t.users.taxNumber, value: seller.taxNumberMasked, mono: true },
              { label: t.users.iban, value: seller.ibanMasked, mono: true },
              { label: t.users.phone, value: seller.phone, mono: true },
              { label: t.users.address, value: `${seller.address}, ${seller.city}` },
              {
                label: t.users.providerError,
                value: seller.providerError ? (
                  <span className="text-destructive">{seller.providerError}</span>
                ) : null,
              },
              { label: t.users.updatedAt, value: dateFormat.format(new Date(seller.updatedAt)) },
            ].filter((item) => item.value !== null)}
          />
        ) : (
          <p className="py-2 text-sm text-muted-foreground">{t.users.notSeller}</p>
        )}
      </CardContent>
    </Card>
  );
}
