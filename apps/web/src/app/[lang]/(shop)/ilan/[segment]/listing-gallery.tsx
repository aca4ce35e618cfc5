'use client';

import type { PublicMediaImage } from '@tarodan/contracts';
import { ZoomIn } from 'lucide-react';
import { type MouseEvent, useRef, useState } from 'react';
import { ListingPicture } from '@/components/listings/listing-picture';
import { cn } from '@/lib/cn';
import type { Placeholder } from '@/lib/image-placeholder';
import type { GalleryLabels } from './gallery-labels';
import { PhotoLightbox } from './photo-lightbox';

type Props = {
  photos: PublicMediaImage[];
  placeholders: Placeholder[];
  title: string;
  labels: GalleryLabels;
};

const MAIN_SIZES = '(min-width: 1024px) 640px, 100vw';

/** The largest JPEG: what the main photo links to without JavaScript. */
function largestJpeg(photo: PublicMediaImage | undefined): string | undefined {
  const jpegs = (photo?.variants ?? []).filter((variant) => variant.format === 'jpeg');
  return jpegs.sort((a, b) => b.width - a.width)[0]?.url ?? photo?.src ?? undefined;
}

/**
 * The main photo, thumbnails to switch it, and a click (or Enter) to zoom into a full-screen view. Without
 * JavaScript the main photo links to its largest JPEG.
 */
export function ListingGallery({ photos, placeholders, title, labels }: Props) {
  const [current, setCurrent] = useState(0);
  const [zoomed, setZoomed] = useState(false);
  const mainLink = useRef<HTMLAnchorElement>(null);
  const photo = photos[current];
  const empty = { color: null, image: null, blurhash: null };

  const openZoom = (event: MouseEvent) => {
    event.preventDefault();
    setZoomed(true);
  };

  return (
    <section
      aria-label={labels.gallery}
      className="flex min-w-0 flex-col gap-3"
      data-testid="listing-gallery"
    >
      <a
        ref={mainLink}
        href={largestJpeg(photo)}
        onClick={openZoom}
        className="group relative block overflow-hidden rounded-lg bg-muted ring-1 ring-line/60"
        aria-label={`${labels.zoom}: ${labels.photo[current] ?? ''}`}
        data-testid="gallery-main"
      >
        <ListingPicture
          image={photo ?? null}
          alt={title}
          sizes={MAIN_SIZES}
          placeholder={placeholders[current] ?? empty}
          priority
          fit="contain"
          className="aspect-square"
        />
        <span className="pointer-events-none absolute bottom-3 right-3 inline-flex items-center gap-1.5 rounded-full bg-surface/90 px-3 py-1.5 text-xs font-semibold text-ink shadow-sm opacity-90 backdrop-blur transition group-hover:opacity-100">
          <ZoomIn className="h-4 w-4" aria-hidden="true" />
          {labels.zoom}
        </span>
      </a>
      {photos.length > 1 ? (
        <ul className="flex gap-2 overflow-x-auto pb-1" data-testid="gallery-thumbnails">
          {photos.map((thumb, index) => (
            <li key={thumb.id} className="shrink-0">
              <button
                type="button"
                onClick={() => setCurrent(index)}
                aria-label={labels.showPhoto[index]}
                aria-current={index === current ? 'true' : undefined}
                className={cn(
                  'block overflow-hidden rounded-md ring-2 ring-offset-2 ring-offset-canvas transition',
                  index === current ? 'ring-accent' : 'ring-transparent hover:ring-line',
                )}
              >
                <ListingPicture
                  image={thumb}
                  alt=""
                  sizes="80px"
                  placeholder={placeholders[index] ?? empty}
                  className="h-16 w-16 sm:h-20 sm:w-20"
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {zoomed ? (
        <PhotoLightbox
          photos={photos}
          start={current}
          title={title}
          labels={labels}
          onClose={(index) => {
            setZoomed(false);
            setCurrent(index);
            mainLink.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
