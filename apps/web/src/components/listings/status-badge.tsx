import type { ListingStatus } from '@tarodan/contracts';
import { cn } from '@/lib/cn';

const tones: Record<ListingStatus, string> = {
  draft: 'bg-muted text-ink-muted ring-line',
  pending_review: 'bg-amber-50 text-amber-800 ring-amber-200',
  active: 'bg-success-soft text-success ring-success/20',
  paused: 'bg-muted text-ink ring-line',
  sold: 'bg-ink text-white ring-ink',
  rejected: 'bg-accent-soft text-accent-hover ring-accent/20',
  archived: 'bg-muted text-ink-subtle ring-line',
};

/** Where a listing is in its lifecycle, as a small pill. */
export function StatusBadge({ status, label }: { status: ListingStatus; label: string }) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1',
        tones[status],
      )}
      data-testid="status-badge"
      data-status={status}
    >
      {label}
    </span>
  );
}
