import { cn } from '@/lib/cn';

/** The TARODAN mark (a "T" on the accent tile, same as the favicon) and the wordmark. */
export function Wordmark({ className }: { className?: string }) {
  return (
    <span className={cn('inline-flex items-center gap-2', className)}>
      <svg viewBox="0 0 32 32" aria-hidden="true" className="h-8 w-8 shrink-0">
        <rect width="32" height="32" rx="9" className="fill-accent" />
        <rect x="8" y="8.5" width="16" height="4.5" rx="2.25" fill="#fff" />
        <rect x="13.75" y="8.5" width="4.5" height="15" rx="2.25" fill="#fff" />
        <circle cx="23" cy="22.5" r="2.5" fill="#fff" />
      </svg>
      <span className="text-xl font-extrabold tracking-[-0.03em] text-ink">TARODAN</span>
    </span>
  );
}
