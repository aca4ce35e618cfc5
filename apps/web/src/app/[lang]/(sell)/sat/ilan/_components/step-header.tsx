import type { ReactNode } from 'react';

/** The title and lead of a step, above its form. */
export function StepHeader({ title, lead, children }: { title: string; lead: string; children?: ReactNode }) {
  return (
    <div className="mt-8 flex flex-col gap-2">
      <h2
        className="text-2xl font-extrabold tracking-[-0.025em] text-ink sm:text-[28px]"
        data-testid="step-title"
      >
        {title}
      </h2>
      <p className="max-w-2xl leading-7 text-ink-muted">{lead}</p>
      {children}
    </div>
  );
}
