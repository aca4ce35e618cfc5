import type { MediaImage } from '@tarodan/contracts';
import { CSRF_COOKIE, CSRF_HEADER, isCsrfToken } from '@/lib/csrf-token';
import type { PhotoFailure } from '@/lib/photos';

/** The double-submit token as the browser holds it now (another tab may have minted a new one). */
export function csrfFromCookie(fallback: string): string {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${CSRF_COOKIE}=`));
  const value = entry?.slice(CSRF_COOKIE.length + 1);
  return isCsrfToken(value) ? value : fallback;
}

export type UploadResult = { image: MediaImage } | { failure: PhotoFailure; message?: string | null };

/**
 * Sends one file to the BFF with XMLHttpRequest (fetch cannot report upload progress) and resolves with the
 * image the API accepted (status `pending`) or why it did not.
 */
export function uploadPhoto(
  file: File,
  csrf: string,
  onProgress: (percent: number) => void,
): Promise<UploadResult> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/bff/photos');
    request.setRequestHeader('content-type', file.type);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader(CSRF_HEADER, csrfFromCookie(csrf));
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const body = request.response as {
        image?: MediaImage;
        outcome?: PhotoFailure;
        message?: string;
      } | null;
      if (request.status === 202 && body?.image) return resolve({ image: body.image });
      if (request.status === 403) return resolve({ failure: 'refused' });
      resolve({ failure: body?.outcome ?? 'failed', message: body?.message });
    };
    request.onerror = () => resolve({ failure: 'failed' });
    request.send(file);
  });
}

/** GET /bff/photos?id= — the image's processing state; null when the call failed (try again next tick). */
export async function fetchImage(id: string): Promise<MediaImage | null> {
  try {
    const response = await fetch(`/bff/photos?id=${encodeURIComponent(id)}`, { cache: 'no-store' });
    if (!response.ok) return null;
    return ((await response.json()) as { image: MediaImage }).image;
  } catch {
    return null;
  }
}
