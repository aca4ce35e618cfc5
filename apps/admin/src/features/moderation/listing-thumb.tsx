/* eslint-disable @next/next/no-img-element -- API storage variants, already sized; next/image would proxy them */
import type { PublicMediaImage } from '@tarodan/contracts';
import { ImageOff } from 'lucide-react';
import { cn } from '@/lib/utils';
import { imageUrl } from './media-url';

/** A square cover thumbnail; the image's dominant colour (or an icon) until it is processed. */
export function ListingThumb({
  image,
  size = 48,
  label,
  className,
}: {
  image: PublicMediaImage | null;
  size?: number;
  label: string;
  className?: string;
}) {
  const url = imageUrl(image, size * 2);
  return (
    <span
      className={cn(
        'flex shrink-0 items-center justify-center overflow-hidden rounded-md border bg-muted text-muted-foreground',
        className,
      )}
      style={{ width: size, height: size, backgroundColor: image?.placeholder?.dominantColor }}
    >
      {url ? (
        // biome-ignore lint/performance/noImgElement: variants come from the API's storage; next/image would proxy them
        <img src={url} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
      ) : (
        <>
          <ImageOff className="size-4" aria-hidden="true" />
          <span className="sr-only">{label}</span>
        </>
      )}
    </span>
  );
}
