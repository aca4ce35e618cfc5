/** Listing photo rules shared by the photo manager (browser) and the BFF route (server); the API checks bytes too. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;

export function photoTypeOk(type: string): boolean {
  return (PHOTO_TYPES as readonly string[]).includes(type);
}

/** Why an upload did not make it, as the BFF answers it (`{ outcome }`) and the manager shows it. */
export type PhotoFailure = 'too-large' | 'bad-type' | 'signed-out' | 'refused' | 'failed';
