import type { ConditionGrade } from '@tarodan/contracts';
import { cn } from '@/lib/cn';

const tones: Record<ConditionGrade, string> = {
  mint: 'bg-success-soft text-success',
  near_mint: 'bg-success-soft text-success',
  very_good: 'bg-muted text-ink',
  good: 'bg-muted text-ink',
  played_with: 'bg-muted text-ink-muted',
  for_parts: 'bg-muted text-ink-muted',
};

/** The condition grade as a small pill; the best grades are tinted green. */
export function ConditionBadge({
  grade,
  label,
  className,
}: {
  grade: ConditionGrade;
  label: string;
  className?: string;
}) {
  return (
    <span
      className={cn(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold',
        tones[grade],
        className,
      )}
      data-testid="condition-badge"
    >
      {label}
    </span>
  );
}

/** A special flag (Treasure Hunt, chase, limited edition): accent-tinted so collectors spot it. */
export function FlagBadge({ label }: { label: string }) {
  return (
    <span
      className="inline-flex items-center rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent-hover"
      data-testid="flag-badge"
    >
      {label}
    </span>
  );
}
