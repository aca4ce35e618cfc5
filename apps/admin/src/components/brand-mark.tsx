import { cn } from '@/lib/utils';

/** The TARODAN wordmark: an accent tile with a "T" and the name beside it. */
export function BrandMark({
  collapsed = false,
  subtitle,
  className,
}: {
  collapsed?: boolean;
  subtitle?: string;
  className?: string;
}) {
  return (
    <span className={cn('flex min-w-0 items-center gap-2.5', className)}>
      <span
        aria-hidden="true"
        className="flex size-8 shrink-0 items-center justify-center rounded-md bg-brand text-[15px] font-black text-white shadow-sm dark:text-[hsl(20_30%_6%)]"
      >
        T
      </span>
      {collapsed ? (
        <span className="sr-only">TARODAN</span>
      ) : (
        <span className="flex min-w-0 flex-col leading-tight">
          <span className="text-sm font-extrabold tracking-[0.14em]">TARODAN</span>
          {subtitle ? <span className="truncate text-[11px] text-muted-foreground">{subtitle}</span> : null}
        </span>
      )}
    </span>
  );
}
