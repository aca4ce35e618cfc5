import type { OwnListing } from '@tarodan/contracts';
import { AlertTriangle, ArrowLeft, Info } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FindingList } from '@/features/moderation/finding-badges';
import { HighlightedText } from '@/features/moderation/highlighted-text';
import {
  AttributesCard,
  PhotosAndDescription,
  PriceCard,
  SellerInfoCard,
} from '@/features/moderation/listing-preview';
import { ModerationActions } from '@/features/moderation/moderation-actions';
import { ModerationForbidden } from '@/features/moderation/moderation-forbidden';
import { ApiError } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { getLocale, getMessages, intlLocale } from '@/lib/i18n';
import { format } from '@/lib/messages/format';
import { getListingForReview } from '@/lib/moderation-api';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Loaded = { listing: OwnListing } | { forbidden: true };

/** Once per request (metadata and page share it). Unknown ids are a 404 page; a 403 is shown as such. */
const loadListing = cache(async (id: string): Promise<Loaded> => {
  if (!UUID.test(id)) notFound();
  try {
    return { listing: await withSession((token) => getListingForReview(token, id, getLocale())) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    if (error instanceof ApiError && error.status === 403) return { forbidden: true };
    throw error;
  }
});

export async function generateMetadata({ params }: { params: { id: string } }): Promise<Metadata> {
  const loaded = await loadListing(params.id);
  const t = getMessages().moderation;
  return { title: 'listing' in loaded ? `${loaded.listing.title} · ${t.title}` : t.title };
}

function BackLink({ label }: { label: string }) {
  return (
    <Button variant="ghost" size="sm" asChild className="-ml-2 w-fit text-muted-foreground">
      <Link href="/moderation">
        <ArrowLeft aria-hidden="true" />
        {label}
      </Link>
    </Button>
  );
}

export default async function ModerationPreviewPage({ params }: { params: { id: string } }) {
  const loaded = await loadListing(params.id);
  const locale = getLocale();
  const messages = getMessages(locale);
  const t = messages.moderation;
  if (!('listing' in loaded)) {
    return (
      <>
        <BackLink label={t.back} />
        <ModerationForbidden t={t} home={messages.errors.home} />
      </>
    );
  }
  const { listing } = loaded;
  const pending = listing.status === 'pending_review';
  const dateFormat = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'Europe/Istanbul',
  });
  const titleFindings = listing.findings.filter((finding) => finding.field === 'title');

  return (
    <>
      <BackLink label={t.back} />
      <div
        className="-mt-2 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between md:-mt-4"
        data-testid="moderation-preview"
        data-listing-id={listing.id}
      >
        <div className="min-w-0">
          <p className="sr-only">{t.preview}</p>
          <h1 className="break-words text-lg font-semibold tracking-tight sm:text-xl">
            <HighlightedText text={listing.title} findings={titleFindings} t={t} />
          </h1>
          <div className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
            <Badge
              variant={pending ? 'warning' : 'outline'}
              data-testid="listing-status"
              data-status={listing.status}
            >
              {t.statuses[listing.status]}
            </Badge>
            <span>{listing.category.name}</span>
            <span aria-hidden="true">·</span>
            <span>{listing.seller.displayName}</span>
          </div>
        </div>
        {pending ? (
          <ModerationActions
            listing={{ id: listing.id, title: listing.title }}
            t={t}
            closeLabel={messages.app.close}
          />
        ) : null}
      </div>
      {pending ? null : (
        <Alert variant="info" data-testid="not-pending">
          <Info aria-hidden="true" />
          <span>{format(t.notPending, { status: t.statuses[listing.status] })}</span>
        </Alert>
      )}
      {listing.findings.length > 0 ? (
        <Alert
          variant="default"
          className="border-amber-500/50 bg-amber-500/10 [&>svg]:text-amber-600 dark:[&>svg]:text-amber-400"
        >
          <AlertTriangle aria-hidden="true" />
          <div className="flex min-w-0 flex-col gap-2">
            <p>
              <span className="font-medium">{t.findingsTitle}</span>
              <span className="text-muted-foreground"> · {t.findingsText}</span>
            </p>
            <FindingList findings={listing.findings} t={t} locale={locale} />
          </div>
        </Alert>
      ) : null}
      {listing.rejectionReason ? (
        <Alert variant="info">
          <Info aria-hidden="true" />
          <span>
            <span className="font-medium">{t.previousRejection}: </span>
            <span data-testid="rejection-reason">{listing.rejectionReason}</span>
          </span>
        </Alert>
      ) : null}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <PhotosAndDescription listing={listing} t={t} />
        <div className="flex min-w-0 flex-col gap-4">
          <PriceCard listing={listing} t={t} locale={locale} />
          <AttributesCard listing={listing} t={t} />
          <SellerInfoCard listing={listing} t={t} dateFormat={dateFormat} />
        </div>
      </div>
    </>
  );
}
