import type { Locale, OwnListing } from '@tarodan/contracts';
import { CircleCheck, Clock, XCircle } from 'lucide-react';
import { ButtonLink } from '@/components/ui/button';
import { cn } from '@/lib/cn';
import { localePath } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';

/**
 * After publishing: live (with a link to it), in review (with what the automatic checks found), or rejected (with
 * the moderator's reason). Nothing for a draft.
 */
export function PublishResult({ listing, locale }: { listing: OwnListing; locale: Locale }) {
  const t = getSellFlowMessages(locale).preview;
  const look = {
    active: { icon: CircleCheck, box: 'border-success/30 bg-success-soft', title: t.live, text: t.liveText },
    pending_review: {
      icon: Clock,
      box: 'border-amber-300/70 bg-amber-50',
      title: t.review,
      text: t.reviewText,
    },
    rejected: {
      icon: XCircle,
      box: 'border-accent/30 bg-accent-soft',
      title: t.rejected,
      text: listing.rejectionReason ?? '',
    },
  }[listing.status as 'active' | 'pending_review' | 'rejected'];
  if (!look) return null;
  const Icon = look.icon;
  return (
    <section
      className={cn('rounded-lg border p-5 sm:p-6', look.box)}
      data-testid="publish-result"
      data-status={listing.status}
      aria-live="polite"
    >
      <div className="flex items-start gap-3">
        <Icon className="mt-0.5 h-6 w-6 shrink-0 text-ink" aria-hidden="true" />
        <div className="min-w-0 flex-1">
          <h2 className="text-lg font-bold text-ink">{look.title}</h2>
          {look.text ? <p className="mt-1 leading-7 text-ink-muted">{look.text}</p> : null}
          {listing.status === 'pending_review' && listing.findings.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 text-sm leading-6 text-ink" data-testid="publish-findings">
              {listing.findings.map((finding) => (
                <li key={`${finding.rule}-${finding.field}`}>{finding.message}</li>
              ))}
            </ul>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-3">
            {listing.status === 'active' ? (
              <ButtonLink href={localePath(locale, listing.path)} data-testid="view-listing">
                {t.view}
              </ButtonLink>
            ) : null}
            <ButtonLink href={localePath(locale, '/hesabim/ilanlarim')} variant="secondary">
              {t.myListings}
            </ButtonLink>
          </div>
        </div>
      </div>
    </section>
  );
}
