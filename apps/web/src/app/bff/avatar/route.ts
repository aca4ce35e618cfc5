import { cookies } from 'next/headers';
import { uploadAvatar } from '@/lib/account-api';
import { ApiError } from '@/lib/api-client';
import { type AvatarOutcome, avatarTypeOk, MAX_AVATAR_BYTES } from '@/lib/avatar';
import { SESSION_COOKIE } from '@/lib/cookie-options';
import { isTrustedRequest } from '@/lib/csrf';
import { CSRF_COOKIE } from '@/lib/csrf-token';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { refusedResponse, seeOther, wantsJson } from '../responses';

export const dynamic = 'force-dynamic';

function outcomeOf(error: unknown): AvatarOutcome {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'signed-out';
    if (error.status === 413) return 'too-large';
    if (error.status === 400 || error.status === 415) return 'bad-type';
  }
  console.error('avatar: upload failed', error);
  return 'failed';
}

async function upload(form: FormData | null): Promise<{ outcome: AvatarOutcome; url?: string | null }> {
  const token = cookies().get(SESSION_COOKIE)?.value;
  if (!token) return { outcome: 'signed-out' };
  const file = form?.get('avatar');
  if (!(file instanceof File) || file.size === 0) return { outcome: 'missing' };
  if (file.size > MAX_AVATAR_BYTES) return { outcome: 'too-large' };
  if (!avatarTypeOk(file.type)) return { outcome: 'bad-type' };
  try {
    const account = await uploadAvatar(token, await file.arrayBuffer(), file.type);
    return { outcome: 'uploaded', url: account.avatarUrl };
  } catch (error) {
    return { outcome: outcomeOf(error) };
  }
}

/**
 * Avatar upload: a multipart form (field `avatar`) from the profile page, with or without JavaScript. The image
 * goes to the API as a raw body (PUT /v1/account/avatar), which checks the magic bytes. Without JavaScript the
 * answer is a redirect back to the profile with the outcome; with it (Accept: application/json) a small JSON.
 */
export async function POST(request: Request): Promise<Response> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  const form = declared > MAX_AVATAR_BYTES + 64 * 1024 ? null : await request.formData().catch(() => null);
  if (!isTrustedRequest(request, cookies().get(CSRF_COOKIE)?.value, form ?? undefined))
    return refusedResponse();

  const result = form ? await upload(form) : { outcome: 'too-large' as const };
  const locale = toLocale(form?.get('locale'));
  if (wantsJson(request)) {
    const status = result.outcome === 'uploaded' ? 200 : result.outcome === 'signed-out' ? 401 : 400;
    return Response.json({ outcome: result.outcome, avatarUrl: result.url ?? null }, { status });
  }
  if (result.outcome === 'signed-out')
    return seeOther(
      `${localePath(locale, '/giris')}?next=${encodeURIComponent(localePath(locale, '/hesabim'))}`,
    );
  return seeOther(`${localePath(locale, '/hesabim')}?avatar=${result.outcome}#avatar`);
}
