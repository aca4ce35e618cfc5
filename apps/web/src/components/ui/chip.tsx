import Link from 'next/link';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

const chip =
  'inline-flex items-center rounded-full border border-line bg-surface px-3 py-1 text-sm text-ink-muted ' +
  'transition-colors hover:border-accent/40 hover:text-accent-hover';

export function ChipLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={cn(chip, className)} {...props} />;
}

export function Chip({ className, ...props }: ComponentProps<'span'>) {
  return <span className={cn(chip, 'hover:border-line hover:text-ink-muted', className)} {...props} />;
}
