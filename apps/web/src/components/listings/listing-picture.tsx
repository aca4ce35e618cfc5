/* eslint-disable @next/next/no-img-element -- variants are served by the API's public, immutable image URLs */
import type { MediaImageVariant, PublicMediaImage } from '@tarodan/contracts';
import type { CSSProperties } from 'react';
import { cn } from '@/lib/cn';
import type { Placeholder } from '@/lib/image-placeholder';

type Props = {
  image: PublicMediaImage | null;
  alt: string;
  /** The `sizes` attribute: how wide the picture is drawn at each breakpoint. */
  sizes: string;
  placeholder: Placeholder;
  /** The first photo a page shows: load it at once with high priority (LCP). */
  priority?: boolean;
  /** `cover` crops to the square box (grids); `contain` shows the whole photo (gallery). */
  fit?: 'cover' | 'contain';
  className?: string;
};

function srcSet(variants: MediaImageVariant[], format: MediaImageVariant['format']): string {
  return variants
    .filter((variant) => variant.format === format)
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${variant.url} ${variant.width}w`)
    .join(', ');
}

/** The blurhash (as a tiny PNG) over the dominant colour, behind the photo until it has loaded. */
export function placeholderStyle(placeholder: Placeholder): CSSProperties {
  return {
    backgroundColor: placeholder.color ?? undefined,
    backgroundImage: placeholder.image ? `url("${placeholder.image}")` : undefined,
    backgroundSize: 'cover',
    backgroundPosition: 'center',
  };
}

/**
 * A listing photo as `<picture>`: AVIF, then WebP, then the JPEG `src`, each with every width the API rendered.
 * The box keeps its size before the bytes arrive; the placeholder shows through until then.
 */
export function ListingPicture({
  image,
  alt,
  sizes,
  placeholder,
  priority,
  fit = 'cover',
  className,
}: Props) {
  const variants = image?.variants ?? [];
  const ready = image?.status === 'ready' && image.src;
  return (
    <div
      className={cn('relative overflow-hidden bg-muted', className)}
      style={placeholderStyle(placeholder)}
      data-blurhash={placeholder.blurhash ?? undefined}
      data-testid="listing-picture"
    >
      {ready ? (
        <picture>
          <source type="image/avif" srcSet={srcSet(variants, 'avif')} sizes={sizes} />
          <source type="image/webp" srcSet={srcSet(variants, 'webp')} sizes={sizes} />
          <img
            src={image.src ?? undefined}
            srcSet={srcSet(variants, 'jpeg')}
            sizes={sizes}
            alt={alt}
            width={image.width ?? undefined}
            height={image.height ?? undefined}
            loading={priority ? 'eager' : 'lazy'}
            decoding="async"
            fetchPriority={priority ? 'high' : undefined}
            className={cn(
              'absolute inset-0 h-full w-full',
              fit === 'cover' ? 'object-cover' : 'object-contain',
            )}
          />
        </picture>
      ) : null}
    </div>
  );
}
