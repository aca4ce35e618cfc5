import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

type Props = { icon: ReactNode; title: string; description: string; actions?: ReactNode; className?: string };

/** Says what is missing and what to do next. */
export function EmptyState({ icon, title, description, actions, className }: Props) {
  return (
    <div
      className={cn(
        'flex flex-col items-center rounded-lg border border-dashed border-line bg-surface px-6 py-12 text-center sm:py-16',
        className,
      )}
      data-testid="empty-state"
    >
      <div className="flex h-14 w-14 items-center justify-center rounded-full bg-accent-soft text-accent-hover">
        {icon}
      </div>
      <h2 className="mt-5 max-w-md text-lg font-semibold tracking-[-0.01em] text-ink sm:text-xl">{title}</h2>
      <p className="mt-2 max-w-md leading-7 text-ink-muted">{description}</p>
      {actions ? <div className="mt-6 flex flex-col gap-3 sm:flex-row">{actions}</div> : null}
    </div>
  );
}
