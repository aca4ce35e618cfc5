'use client';

import { type Locale, MAX_LISTING_PHOTOS, type OwnListing } from '@tarodan/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CSRF_FIELD } from '@/lib/csrf-token';
import { idleState } from '@/lib/form-state';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { MAX_PHOTO_BYTES, type PhotoFailure, photoTypeOk } from '@/lib/photos';
import { savePhotosAction } from '../../actions';
import { itemsOf, moveItem, type PhotoItem, savedIds, withImage } from './photo-item';
import { csrfFromCookie, fetchImage, uploadPhoto } from './upload-photo';

const POLL_MS = 1500;

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The photo manager's state: uploads with progress, polling until the API has processed each photo, reordering,
 * and saving the order to the draft (PATCH photoIds) after every change, so a reload keeps it.
 */
export function usePhotoManager(locale: Locale, csrf: string, listing: OwnListing) {
  const t = getSellFlowMessages(locale).photos;
  const [items, setItems] = useState<PhotoItem[]>(() => itemsOf(listing));
  const [notice, setNotice] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>('idle');
  const lastSaved = useRef(savedIds(itemsOf(listing)).join(','));

  const update = useCallback((key: string, change: (item: PhotoItem) => PhotoItem) => {
    setItems((list) => list.map((item) => (item.key === key ? change(item) : item)));
  }, []);

  const failureText = useCallback(
    (failure: PhotoFailure, message?: string | null): string =>
      ({
        'too-large': t.tooLarge,
        'bad-type': message ?? t.badType,
        'signed-out': t.signedOut,
        refused: t.uploadFailed,
        failed: t.uploadFailed,
      })[failure],
    [t],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      const room = MAX_LISTING_PHOTOS - items.length;
      setNotice(files.length > room ? t.tooMany : null);
      for (const file of files.slice(0, Math.max(0, room))) {
        const key = `local-${crypto.randomUUID()}`;
        const problem = !photoTypeOk(file.type) ? t.badType : file.size > MAX_PHOTO_BYTES ? t.tooLarge : null;
        const preview = problem ? null : URL.createObjectURL(file);
        const status = problem ? ('failed' as const) : ('uploading' as const);
        setItems((list) => [...list, { key, id: null, status, progress: 0, preview, error: problem }]);
        if (problem) continue;
        void uploadPhoto(file, csrf, (progress) => update(key, (item) => ({ ...item, progress }))).then(
          (result) =>
            update(key, (item) =>
              'image' in result
                ? withImage({ ...item, progress: 100 }, result.image)
                : { ...item, status: 'failed', error: failureText(result.failure, result.message) },
            ),
        );
      }
    },
    [items.length, csrf, t, update, failureText],
  );

  const remove = useCallback((key: string) => {
    setItems((list) => list.filter((item) => item.key !== key));
  }, []);

  const move = useCallback(
    (from: number, to: number) => {
      setItems((list) => moveItem(list, from, to));
      setNotice(t.moved(to + 1));
    },
    [t],
  );

  // Poll the photos the API is still processing.
  const pendingIds = items
    .filter((item) => item.status === 'pending' && item.id)
    .map((item) => item.id as string);
  const pendingKey = pendingIds.join(',');
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` schedules the next round while any is pending
  useEffect(() => {
    if (!pendingKey) return;
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      for (const id of pendingKey.split(',')) {
        const image = await fetchImage(id);
        if (cancelled) return;
        if (image && image.status !== 'pending') {
          setItems((list) => list.map((item) => (item.id === id ? withImage(item, image) : item)));
        }
      }
      if (!cancelled) setTick((n) => n + 1);
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [pendingKey, tick]);

  // Save the order whenever the set or order of uploaded photos changes.
  const ids = savedIds(items);
  const idsKey = ids.join(',');
  useEffect(() => {
    if (idsKey === lastSaved.current) return;
    setSave('saving');
    const timer = window.setTimeout(async () => {
      const form = new FormData();
      form.set(CSRF_FIELD, csrfFromCookie(csrf));
      form.set('listingId', listing.id);
      for (const id of idsKey ? idsKey.split(',') : []) form.append('photoIds', id);
      const result = await savePhotosAction(idleState, form).catch(() => null);
      if (result?.status === 'success') lastSaved.current = idsKey;
      setSave(result?.status === 'success' ? 'saved' : 'failed');
    }, 400);
    return () => window.clearTimeout(timer);
  }, [idsKey, csrf, listing.id]);

  const busy =
    save === 'saving' || idsKey !== lastSaved.current || items.some((item) => item.status === 'uploading');
  return { items, notice, save, busy, addFiles, remove, move };
}
