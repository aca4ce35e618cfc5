/** Avatar rules shared by the upload form (browser) and the BFF route (server); the API checks magic bytes too. */
export const MAX_AVATAR_BYTES = 5 * 1024 * 1024;
export const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export type AvatarOutcome =
  | 'uploaded'
  | 'removed'
  | 'too-large'
  | 'bad-type'
  | 'missing'
  | 'failed'
  | 'refused'
  | 'signed-out';

export function avatarTypeOk(type: string): boolean {
  return (AVATAR_TYPES as readonly string[]).includes(type);
}
