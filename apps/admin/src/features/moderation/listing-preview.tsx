import { formatTry, type Locale, type OwnListing } from '@tarodan/contracts';
import { ExternalLink } from 'lucide-react';
import Link from 'next/link';
import type * as React from 'react';
import { DetailList } from '@/components/detail-list';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';
import { cn } from '@/lib/utils';
import { HighlightedText } from './highlighted-text';
import { PhotoGallery } from './photo-gallery';

type Texts = Messages['moderation'];

/** A card the automatic checks point at gets an amber edge, so the eye goes there first. */
function Section({
  title,
  flagged = false,
  testId,
  children,
}: {
  title: string;
  flagged?: boolean;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <Card
      data-testid={testId}
      data-flagged={flagged || undefined}
      className={cn(flagged && 'border-amber-500/70 ring-1 ring-amber-500/40')}
    >
      <CardHeader className="pb-1">
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent className="pb-3">{children}</CardContent>
    </Card>
  );
}

const findingsOf = (listing: OwnListing, field: string) => listing.findings.filter((f) => f.field === field);

export function PhotosAndDescription({ listing, t }: { listing: OwnListing; t: Texts }) {
  const description = findingsOf(listing, 'description');
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <Card className="p-3">
        <PhotoGallery photos={listing.photos} title={listing.title} t={t} />
      </Card>
      <Section title={t.descriptionTitle} flagged={description.length > 0} testId="listing-description">
        <p className="whitespace-pre-line break-words text-sm leading-relaxed">
          <HighlightedText text={listing.description} findings={description} t={t} />
        </p>
      </Section>
    </div>
  );
}

export function PriceCard({ listing, t, locale }: { listing: OwnListing; t: Texts; locale: Locale }) {
  const price = findingsOf(listing, 'priceKurus');
  return (
    <Section title={t.priceAndShipping} flagged={price.length > 0} testId="listing-price">
      <DetailList
        items={[
          {
            label: t.price,
            value: (
              <span
                className={cn(
                  'tabular text-base font-semibold',
                  price.length > 0 && 'text-amber-700 dark:text-amber-300',
                )}
              >
                {formatTry(listing.priceKurus, locale)}
              </span>
            ),
          },
          { label: t.quantity, value: <span className="tabular">{listing.quantity}</span> },
          { label: t.acceptsOffers, value: listing.acceptsOffers ? t.yes : t.no },
          {
            label: t.shipping,
            value:
              listing.shippingPayer === 'seller'
                ? t.freeShipping
                : `${t.buyerPays} · ${formatTry(listing.shippingFeeKurus, locale)}`,
          },
          { label: t.shipsWithin, value: format(t.shipsWithinDays, { n: listing.shipsWithinDays }) },
        ]}
      />
    </Section>
  );
}

export function AttributesCard({ listing, t }: { listing: OwnListing; t: Texts }) {
  return (
    <Section title={t.attributes} testId="listing-attributes">
      <DetailList
        items={[
          { label: t.category, value: listing.breadcrumbs.map((crumb) => crumb.name).join(' › ') },
          { label: t.brand, value: listing.brand?.name },
          { label: t.condition, value: t.conditions[listing.condition] },
          { label: t.packaging, value: t.packagings[listing.packaging] },
          { label: t.authenticity, value: t.authenticities[listing.authenticity] },
          ...listing.attributes.map((attribute) => ({
            label: attribute.label,
            value: attribute.isFlag ? <Badge variant="brand">{attribute.display}</Badge> : attribute.display,
          })),
        ]}
      />
    </Section>
  );
}

export function SellerInfoCard({
  listing,
  t,
  dateFormat,
}: {
  listing: OwnListing;
  t: Texts;
  dateFormat: Intl.DateTimeFormat;
}) {
  const { seller } = listing;
  return (
    <Section title={t.sellerTitle} testId="listing-seller">
      <DetailList
        items={[
          {
            label: t.seller,
            value: (
              <Link
                href={`/users/${seller.id}`}
                className="inline-flex items-center gap-1 font-medium hover:text-primary hover:underline dark:hover:text-brand"
              >
                {seller.displayName}
                <ExternalLink className="size-3 text-muted-foreground" aria-hidden="true" />
                <span className="sr-only">({t.sellerPage})</span>
              </Link>
            ),
          },
          { label: t.city, value: seller.city },
          {
            label: t.memberSince,
            value: (
              <time dateTime={seller.memberSince}>{dateFormat.format(new Date(seller.memberSince))}</time>
            ),
          },
          { label: t.activeListings, value: <span className="tabular">{seller.activeListings}</span> },
        ]}
      />
    </Section>
  );
}
