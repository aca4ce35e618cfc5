import { type ComponentProps, forwardRef } from 'react';
import { cn } from '@/lib/cn';

const control =
  'w-full rounded-sm border border-line bg-surface px-3.5 text-[15px] text-ink shadow-sm transition-colors ' +
  'placeholder:text-ink-subtle hover:border-ink/25 focus:border-accent/60 focus:outline-none focus:ring-4 ' +
  'focus:ring-accent/10 disabled:cursor-not-allowed disabled:bg-muted disabled:text-ink-muted ' +
  'aria-[invalid=true]:border-accent aria-[invalid=true]:ring-accent/10';

export const Input = forwardRef<HTMLInputElement, ComponentProps<'input'>>(function Input(
  { className, ...props },
  ref,
) {
  return <input ref={ref} className={cn(control, 'h-11', className)} {...props} />;
});

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea className={cn(control, 'min-h-28 py-2.5 leading-6', className)} {...props} />;
}

export function Checkbox({ className, ...props }: Omit<ComponentProps<'input'>, 'type'>) {
  return (
    <input
      type="checkbox"
      className={cn(
        'mt-0.5 h-5 w-5 shrink-0 cursor-pointer rounded border-line accent-accent aria-[invalid=true]:outline aria-[invalid=true]:outline-2 aria-[invalid=true]:outline-accent',
        className,
      )}
      {...props}
    />
  );
}
