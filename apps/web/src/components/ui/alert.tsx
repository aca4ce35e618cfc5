import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';

type Tone = 'info' | 'success' | 'warning' | 'error';

const tones: Record<Tone, { box: string; icon: ReactNode }> = {
  info: { box: 'border-line bg-muted/70 text-ink', icon: <Info aria-hidden="true" /> },
  success: {
    box: 'border-success/25 bg-success-soft text-ink',
    icon: <CircleCheck aria-hidden="true" className="text-success" />,
  },
  warning: {
    box: 'border-amber-300/70 bg-amber-50 text-ink',
    icon: <TriangleAlert aria-hidden="true" className="text-amber-700" />,
  },
  error: {
    box: 'border-accent/30 bg-accent-soft text-ink',
    icon: <CircleAlert aria-hidden="true" className="text-accent-hover" />,
  },
};

type Props = Omit<ComponentProps<'div'>, 'title'> & { tone?: Tone; title?: ReactNode };

/** A calm message box. Errors are announced at once (role=alert), other tones politely (role=status). */
export function Alert({ tone = 'info', title, className, children, ...props }: Props) {
  const { box, icon } = tones[tone];
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn(
        'flex gap-3 rounded-md border px-4 py-3 text-sm leading-6 [&>svg]:mt-0.5 [&>svg]:h-5 [&>svg]:w-5 [&>svg]:shrink-0',
        box,
        className,
      )}
      {...props}
    >
      {icon}
      <div className="min-w-0 flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className={cn(title && 'mt-0.5 text-ink-muted')}>{children}</div> : null}
      </div>
    </div>
  );
}
