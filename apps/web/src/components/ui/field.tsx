import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

type AriaOptions = { hint?: ReactNode; error?: string | null };

/** id, aria-invalid and aria-describedby for a control whose hint and error sit below it (see Field). */
export function fieldAria(id: string, { hint, error }: AriaOptions) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

type FieldProps = AriaOptions & {
  id: string;
  label: ReactNode;
  /** e.g. "isteğe bağlı", shown quietly after the label. */
  optional?: string;
  className?: string;
  children: ReactNode;
};

/** A label, the control, a hint and the error, tied together with ids (pass `fieldAria(...)` to the control). */
export function Field({ id, label, optional, hint, error, className, children }: FieldProps) {
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        {label}
        {optional ? <span className="ml-1.5 font-normal text-ink-subtle">({optional})</span> : null}
      </label>
      {children}
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-[13px] leading-5 text-ink-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="flex items-start gap-1.5 text-[13px] font-medium leading-5 text-accent-hover">
      <svg viewBox="0 0 16 16" aria-hidden="true" className="mt-0.5 h-3.5 w-3.5 shrink-0 fill-current">
        <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3.5h1.5v4.75h-1.5V4.5Zm.75 7.75a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}
