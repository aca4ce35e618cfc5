'use client';

import { ImagePlus } from 'lucide-react';
import { useState } from 'react';
import { cn } from '@/lib/cn';
import { PHOTO_TYPES } from '@/lib/photos';

type Props = {
  onFiles: (files: File[]) => void;
  disabled: boolean;
  labels: { drop: string; hint: string; choose: string };
};

/** Drop files here, or choose them with the file picker (which is a real, focusable input). */
export function PhotoDropzone({ onFiles, disabled, labels }: Props) {
  const [over, setOver] = useState(false);
  return (
    <label
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        setOver(false);
        if (!disabled) onFiles([...event.dataTransfer.files]);
      }}
      className={cn(
        'flex cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-line bg-surface px-6 py-8 text-center transition-colors',
        'hover:border-accent/50 focus-within:outline focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent',
        over && 'border-accent bg-accent-soft/40',
        disabled && 'cursor-not-allowed opacity-60',
      )}
      data-testid="photo-dropzone"
    >
      <span className="flex h-12 w-12 items-center justify-center rounded-full bg-accent-soft text-accent-hover">
        <ImagePlus className="h-6 w-6" aria-hidden="true" />
      </span>
      <span className="font-semibold text-ink">{labels.drop}</span>
      <span className="max-w-sm text-sm text-ink-muted">{labels.hint}</span>
      <span className="mt-1 inline-flex h-10 items-center rounded-md bg-ink px-4 text-sm font-semibold text-white">
        {labels.choose}
      </span>
      <input
        type="file"
        accept={PHOTO_TYPES.join(',')}
        multiple
        disabled={disabled}
        className="sr-only"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
        data-testid="photo-input"
      />
    </label>
  );
}
