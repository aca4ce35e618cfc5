import type { MediaImage, OwnListing, PublicMediaImage } from '@tarodan/contracts';

/** One photo in the manager: a file on its way up, or an image the API knows (pending, ready or failed). */
export type PhotoItem = {
  key: string;
  id: string | null;
  status: 'uploading' | 'pending' | 'ready' | 'failed';
  /** Upload progress, 0–100. */
  progress: number;
  /** An object URL of the chosen file, or the API's smallest JPEG once ready. */
  preview: string | null;
  error: string | null;
};

/** The smallest JPEG variant: enough for a thumbnail tile. */
export function thumbnailOf(image: Pick<PublicMediaImage, 'variants' | 'src'> | undefined): string | null {
  const jpegs = (image?.variants ?? []).filter((variant) => variant.format === 'jpeg');
  return jpegs.sort((a, b) => a.width - b.width)[0]?.url ?? image?.src ?? null;
}

/** The listing's saved photos, in order, as items. */
export function itemsOf(listing: OwnListing): PhotoItem[] {
  return listing.photoIds.map((id) => {
    const state = listing.photoStatus.find((photo) => photo.id === id);
    const image = listing.photos.find((photo) => photo.id === id);
    const status = state?.status ?? image?.status ?? 'pending';
    return {
      key: id,
      id,
      status,
      progress: 100,
      preview: thumbnailOf(image),
      error: status === 'failed' ? (state?.failureReason ?? null) : null,
    };
  });
}

/** An item updated from GET /v1/media/images/:id. */
export function withImage(item: PhotoItem, image: MediaImage): PhotoItem {
  return {
    ...item,
    id: image.id,
    status: image.status,
    preview: image.status === 'ready' ? (thumbnailOf(image) ?? item.preview) : item.preview,
    error: image.status === 'failed' ? (image.failureReason ?? null) : null,
  };
}

/** The ids to save: uploaded photos that did not fail, in display order. */
export function savedIds(items: PhotoItem[]): string[] {
  return items.flatMap((item) => (item.id && item.status !== 'failed' ? [item.id] : []));
}

export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
