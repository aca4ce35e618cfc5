'use client';
/* eslint-disable @next/next/no-img-element -- API storage variants, already sized; next/image would proxy them */

import type { PublicMediaImage } from '@tarodan/contracts';
import { ImageOff, Loader2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';
import { cn } from '@/lib/utils';
import { imageSrcSet, imageUrl } from './media-url';

type Props = { photos: PublicMediaImage[]; title: string; t: Messages['moderation'] };

function Placeholder({ photo, t }: { photo: PublicMediaImage | undefined; t: Messages['moderation'] }) {
  const failed = photo?.status === 'failed';
  const Icon = photo && !failed ? Loader2 : ImageOff;
  return (
    <span className="flex size-full flex-col items-center justify-center gap-1 text-xs text-muted-foreground">
      <Icon className={cn('size-5', photo && !failed && 'animate-spin')} aria-hidden="true" />
      {photo ? (failed ? t.photoFailed : t.photoPending) : t.noPhoto}
    </span>
  );
}

/** The cover large and every photo as a thumbnail below it; ←/→ on the thumbnails step through them. */
export function PhotoGallery({ photos, title, t }: Props) {
  const [index, setIndex] = useState(0);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = photos[index];
  const src = imageUrl(current, 640);

  const select = (next: number) => {
    const wrapped = (next + photos.length) % photos.length;
    setIndex(wrapped);
    thumbs.current[wrapped]?.focus();
  };

  return (
    <div className="flex flex-col gap-2" data-testid="listing-photos">
      <div
        className="relative flex aspect-[4/3] w-full items-center justify-center overflow-hidden rounded-md border bg-muted"
        style={{ backgroundColor: current?.placeholder?.dominantColor }}
      >
        {current && src ? (
          // biome-ignore lint/performance/noImgElement: variants come from the API's storage; next/image would proxy them
          <img
            src={src}
            srcSet={imageSrcSet(current)}
            sizes="(min-width: 1024px) 40rem, 100vw"
            alt={`${format(t.photoOf, { n: index + 1, total: photos.length })} · ${title}`}
            className="size-full object-contain"
            data-testid="listing-photo-main"
          />
        ) : (
          <Placeholder photo={current} t={t} />
        )}
        {photos.length > 1 ? (
          <span className="tabular absolute bottom-2 right-2 rounded bg-black/60 px-1.5 py-0.5 text-[11px] text-white">
            {index + 1} / {photos.length}
          </span>
        ) : null}
      </div>
      {photos.length > 1 ? (
        // biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a form fieldset
        <div
          role="group"
          aria-label={t.photos}
          className="flex gap-1.5 overflow-x-auto pb-1"
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight') select(index + 1);
            else if (event.key === 'ArrowLeft') select(index - 1);
            else return;
            event.preventDefault();
          }}
        >
          {photos.map((photo, position) => {
            const thumb = imageUrl(photo, 128);
            return (
              <button
                key={photo.id}
                ref={(node) => {
                  thumbs.current[position] = node;
                }}
                type="button"
                aria-pressed={position === index}
                aria-label={format(t.photoOf, { n: position + 1, total: photos.length })}
                tabIndex={position === index ? 0 : -1}
                onClick={() => setIndex(position)}
                className={cn(
                  'flex size-14 shrink-0 items-center justify-center overflow-hidden rounded-md border bg-muted opacity-70 transition focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring hover:opacity-100',
                  position === index && 'opacity-100 ring-2 ring-brand',
                )}
                style={{ backgroundColor: photo.placeholder?.dominantColor }}
              >
                {thumb ? (
                  // biome-ignore lint/performance/noImgElement: variants come from the API's storage
                  <img src={thumb} alt="" loading="lazy" className="size-full object-cover" />
                ) : (
                  <ImageOff className="size-4 text-muted-foreground" aria-hidden="true" />
                )}
              </button>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
