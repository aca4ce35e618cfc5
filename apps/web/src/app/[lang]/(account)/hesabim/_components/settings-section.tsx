import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

type Props = {
  id?: string;
  title: string;
  lead?: ReactNode;
  tone?: 'default' | 'danger';
  children: ReactNode;
  className?: string;
};

/** One settings card: a heading, what it does, and its form. */
export function SettingsSection({ id, title, lead, tone = 'default', children, className }: Props) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={cn(
        'scroll-mt-24 rounded-lg border bg-surface p-5 sm:p-7',
        tone === 'danger' ? 'border-accent/30' : 'border-line',
        className,
      )}
    >
      <h2
        id={headingId}
        className={cn(
          'text-lg font-bold tracking-[-0.01em]',
          tone === 'danger' ? 'text-accent-hover' : 'text-ink',
        )}
      >
        {title}
      </h2>
      {lead ? <p className="mt-1.5 max-w-2xl leading-7 text-ink-muted">{lead}</p> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}
