/* eslint-disable @next/next/no-img-element -- avatars come from the API's storage (see below) */
import { cn } from '@/lib/cn';

const sizes = {
  sm: 'h-8 w-8 text-sm',
  md: 'h-12 w-12 text-lg',
  lg: 'h-16 w-16 text-2xl sm:h-20 sm:w-20 sm:text-3xl',
};

/** The member's photo, or their initial on the accent tint. */
export function Avatar({
  name,
  url,
  size = 'md',
}: {
  name: string;
  url: string | null;
  size?: keyof typeof sizes;
}) {
  const initial = name.trim().charAt(0).toLocaleUpperCase('tr-TR') || '?';
  return (
    <span
      className={cn(
        'relative inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full bg-accent-soft font-bold text-accent-hover ring-1 ring-line',
        sizes[size],
      )}
    >
      {url ? (
        // biome-ignore lint/performance/noImgElement: avatars come from the API's storage; next/image would proxy them
        <img src={url} alt="" className="h-full w-full object-cover" data-testid="avatar-image" />
      ) : (
        <span aria-hidden="true">{initial}</span>
      )}
    </span>
  );
}
