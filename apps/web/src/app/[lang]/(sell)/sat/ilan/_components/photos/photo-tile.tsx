'use client';
/* eslint-disable @next/next/no-img-element -- object URLs and the API's variant URLs */

import { AlertTriangle, ChevronLeft, ChevronRight, Loader2, Trash2 } from 'lucide-react';
import type { DragEvent } from 'react';
import { cn } from '@/lib/cn';
import type { PhotoItem } from './photo-item';

export type TileLabels = {
  cover: string;
  processing: string;
  failed: string;
  remove: string;
  moveLeft: string;
  moveRight: string;
  photo: string;
  uploading: string;
};

type Props = {
  item: PhotoItem;
  index: number;
  count: number;
  labels: TileLabels;
  dragging: boolean;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  onDragStart: (index: number) => void;
  onDropAt: (index: number) => void;
};

const iconButton =
  'flex h-8 w-8 items-center justify-center rounded-full bg-surface/95 text-ink shadow-sm ring-1 ring-line ' +
  'transition hover:bg-surface disabled:opacity-40';

/** One photo: drag it (mouse) or use the arrow buttons (keyboard, touch) to move it; the first one is the cover. */
export function PhotoTile({
  item,
  index,
  count,
  labels,
  dragging,
  onMove,
  onRemove,
  onDragStart,
  onDropAt,
}: Props) {
  const allowDrop = (event: DragEvent) => event.preventDefault();
  return (
    <li
      draggable={item.status !== 'uploading'}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(index);
      }}
      onDragOver={allowDrop}
      onDrop={(event) => {
        event.preventDefault();
        onDropAt(index);
      }}
      className={cn(
        'group relative aspect-square overflow-hidden rounded-lg bg-muted ring-1 ring-line',
        dragging && 'opacity-40',
        item.status === 'failed' && 'ring-accent/50',
      )}
      aria-label={labels.photo}
      data-testid="photo-tile"
      data-status={item.status}
      data-photo-id={item.id ?? undefined}
    >
      {item.preview ? (
        // biome-ignore lint/performance/noImgElement: a local preview or the API's thumbnail
        <img src={item.preview} alt="" className="h-full w-full object-cover" draggable={false} />
      ) : null}
      {index === 0 && item.status !== 'failed' ? (
        <span className="absolute left-2 top-2 rounded-full bg-ink px-2 py-0.5 text-xs font-bold text-white">
          {labels.cover}
        </span>
      ) : null}
      {item.status === 'uploading' || item.status === 'pending' ? (
        <div className="absolute inset-x-0 bottom-0 bg-ink/70 px-2 py-1.5 text-xs font-semibold text-white">
          <span className="flex items-center gap-1.5">
            <Loader2 className="h-3.5 w-3.5 animate-spin" aria-hidden="true" />
            {item.status === 'uploading' ? labels.uploading : labels.processing}
          </span>
          {item.status === 'uploading' ? (
            <span
              className="mt-1 block h-1 overflow-hidden rounded-full bg-white/30"
              role="progressbar"
              aria-valuenow={item.progress}
              aria-valuemin={0}
              aria-valuemax={100}
            >
              <span className="block h-full bg-white transition-all" style={{ width: `${item.progress}%` }} />
            </span>
          ) : null}
        </div>
      ) : null}
      {item.status === 'failed' ? (
        <div className="absolute inset-0 flex flex-col items-center justify-center gap-1 bg-accent-soft/95 p-2 text-center">
          <AlertTriangle className="h-5 w-5 text-accent-hover" aria-hidden="true" />
          <span className="text-xs font-semibold text-accent-hover">{labels.failed}</span>
          {item.error ? (
            <span className="line-clamp-3 text-[11px] leading-4 text-ink">{item.error}</span>
          ) : null}
        </div>
      ) : null}
      <div className="absolute right-1.5 top-1.5 flex gap-1 opacity-100 sm:opacity-0 sm:transition sm:group-focus-within:opacity-100 sm:group-hover:opacity-100">
        <button
          type="button"
          onClick={onRemove}
          className={iconButton}
          aria-label={`${labels.remove}: ${labels.photo}`}
        >
          <Trash2 className="h-4 w-4" aria-hidden="true" />
        </button>
      </div>
      {item.status !== 'failed' && count > 1 ? (
        <div className="absolute bottom-1.5 right-1.5 flex gap-1 opacity-100 sm:opacity-0 sm:transition sm:group-focus-within:opacity-100 sm:group-hover:opacity-100">
          <button
            type="button"
            onClick={() => onMove(index, index - 1)}
            disabled={index === 0}
            className={iconButton}
            aria-label={`${labels.moveLeft}: ${labels.photo}`}
          >
            <ChevronLeft className="h-4 w-4" aria-hidden="true" />
          </button>
          <button
            type="button"
            onClick={() => onMove(index, index + 1)}
            disabled={index === count - 1}
            className={iconButton}
            aria-label={`${labels.moveRight}: ${labels.photo}`}
          >
            <ChevronRight className="h-4 w-4" aria-hidden="true" />
          </button>
        </div>
      ) : null}
    </li>
  );
}
