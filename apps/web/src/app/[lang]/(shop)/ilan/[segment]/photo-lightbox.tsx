'use client';

import type { PublicMediaImage } from '@tarodan/contracts';
import { ChevronLeft, ChevronRight, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { ListingPicture } from '@/components/listings/listing-picture';
import type { GalleryLabels } from './gallery-labels';

type Props = {
  photos: PublicMediaImage[];
  start: number;
  title: string;
  labels: GalleryLabels;
  /** Called with the photo shown last, so the gallery can follow. */
  onClose: (index: number) => void;
};

/** On the dark backdrop a blurred colour box would look like a stain: the photo alone. */
const NO_PLACEHOLDER = { color: null, image: null, blurhash: null };

const roundButton =
  'flex h-11 w-11 items-center justify-center rounded-full bg-white/10 text-white transition hover:bg-white/20';

/** A modal <dialog> (focus trapped, Escape closes) with the photo as large as the screen allows; ←/→ browse. */
export function PhotoLightbox({ photos, start, title, labels, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState(start);
  const count = photos.length;
  const step = (delta: number) => setIndex((value) => (value + delta + count) % count);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const photo = photos[index];
  return (
    <dialog
      ref={dialog}
      aria-label={labels.gallery}
      onClose={() => onClose(index)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight') step(1);
        if (event.key === 'ArrowLeft') step(-1);
      }}
      className="m-0 h-full max-h-none w-full max-w-none bg-ink/95 p-0 backdrop:bg-ink/80"
      data-testid="lightbox"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-4 px-4 py-3 text-white">
          <p className="text-sm font-medium" aria-live="polite">
            {labels.photo[index]}
          </p>
          <form method="dialog">
            <button type="submit" className={roundButton} aria-label={labels.close}>
              <X className="h-5 w-5" aria-hidden="true" />
            </button>
          </form>
        </div>
        <div className="relative flex min-h-0 flex-1 items-center justify-center px-2 pb-4 sm:px-16">
          <ListingPicture
            image={photo ?? null}
            alt={title}
            sizes="100vw"
            placeholder={NO_PLACEHOLDER}
            fit="contain"
            className="h-full w-full bg-transparent"
          />
          {count > 1 ? (
            <>
              <button
                type="button"
                onClick={() => step(-1)}
                aria-label={labels.previous}
                className={`${roundButton} absolute left-2 top-1/2 -translate-y-1/2 sm:left-4`}
              >
                <ChevronLeft className="h-6 w-6" aria-hidden="true" />
              </button>
              <button
                type="button"
                onClick={() => step(1)}
                aria-label={labels.next}
                className={`${roundButton} absolute right-2 top-1/2 -translate-y-1/2 sm:right-4`}
              >
                <ChevronRight className="h-6 w-6" aria-hidden="true" />
              </button>
            </>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
