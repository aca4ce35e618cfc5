'use client';

import { type Locale, MAX_LISTING_PHOTOS, type OwnListing } from '@tarodan/contracts';
import { ArrowLeft, ArrowRight, Check, Loader2 } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { PhotoDropzone } from './photo-dropzone';
import { PhotoTile } from './photo-tile';
import { usePhotoManager } from './use-photo-manager';

type Props = { locale: Locale; csrf: string; listing: OwnListing; back: string; next: string };

/** Step 3: upload up to 12 photos with progress, reorder them (drag or arrow buttons), first one is the cover. */
export function PhotoManager({ locale, csrf, listing, back, next }: Props) {
  const t = getSellFlowMessages(locale);
  const p = t.photos;
  const router = useRouter();
  const { items, notice, save, busy, addFiles, remove, move } = usePhotoManager(locale, csrf, listing);
  const [dragged, setDragged] = useState<number | null>(null);
  return (
    <div className="mt-6 flex flex-col gap-6" data-testid="photo-manager">
      <PhotoDropzone
        onFiles={addFiles}
        disabled={items.length >= MAX_LISTING_PHOTOS}
        labels={{ drop: p.drop, hint: p.dropHint, choose: p.choose }}
      />
      <div className="flex items-center justify-between gap-3 text-sm">
        <p className="font-semibold text-ink" data-testid="photo-count">
          {p.count(items.length)}
        </p>
        <p
          className="inline-flex items-center gap-1.5 text-ink-muted"
          aria-live="polite"
          data-testid="photo-save"
        >
          {save === 'saving' ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden="true" /> : null}
          {save === 'saved' ? <Check className="h-4 w-4 text-success" aria-hidden="true" /> : null}
          {save === 'saving' ? t.saving : save === 'saved' ? p.saved : save === 'failed' ? p.saveFailed : ''}
        </p>
      </div>
      <p className="sr-only" aria-live="polite">
        {notice}
      </p>
      {notice === p.tooMany ? <Alert tone="warning">{notice}</Alert> : null}
      {items.length > 0 ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="photo-list">
          {items.map((item, index) => (
            <PhotoTile
              key={item.key}
              item={item}
              index={index}
              count={items.length}
              dragging={dragged === index}
              labels={{
                cover: p.cover,
                processing: p.processing,
                failed: p.failed,
                remove: p.remove,
                moveLeft: p.moveLeft,
                moveRight: p.moveRight,
                photo: p.photoLabel(index + 1),
                uploading: p.uploading(item.progress),
              }}
              onMove={move}
              onRemove={() => remove(item.key)}
              onDragStart={setDragged}
              onDropAt={(to) => {
                if (dragged !== null) move(dragged, to);
                setDragged(null);
              }}
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-ink-muted">{p.needOne}</p>
      )}
      <div className="sticky bottom-0 z-10 -mx-4 flex items-center justify-between gap-3 border-t border-line bg-canvas/95 px-4 py-4 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
        <ButtonLink href={back} variant="ghost" size="lg" className="px-3">
          <ArrowLeft className="h-4 w-4" aria-hidden="true" />
          {t.back}
        </ButtonLink>
        <Button size="lg" disabled={busy} onClick={() => router.push(next)} data-testid="step-submit">
          {busy ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden="true" /> : null}
          {t.next}
          <ArrowRight className="h-4 w-4" aria-hidden="true" />
        </Button>
      </div>
    </div>
  );
}
