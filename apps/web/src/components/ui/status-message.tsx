import type { ReactNode } from 'react';

type Props = {
  code?: string;
  title: string;
  description: string;
  actions: ReactNode;
  illustration?: ReactNode;
};

/** Full-width message for 404 and error pages: what happened, and the way back. */
export function StatusMessage({ code, title, description, actions, illustration }: Props) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center sm:py-24">
      {illustration}
      {code ? <p className="mt-6 text-sm font-semibold tracking-[0.2em] text-accent-hover">{code}</p> : null}
      <h1 className="mt-2 text-3xl font-extrabold tracking-[-0.03em] text-ink sm:text-4xl">{title}</h1>
      <p className="mt-3 leading-7 text-ink-muted">{description}</p>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">{actions}</div>
    </div>
  );
}
