import { cookies } from 'next/headers';
import { ApiError } from '@/lib/api-client';
import { SESSION_COOKIE } from '@/lib/cookie-options';
import { isTrustedRequest } from '@/lib/csrf';
import { CSRF_COOKIE } from '@/lib/csrf-token';
import { MAX_PHOTO_BYTES, type PhotoFailure, photoTypeOk } from '@/lib/photos';
import { getImage, uploadListingPhoto } from '@/lib/seller-listings-api';
import { refusedResponse } from '../responses';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function failure(outcome: PhotoFailure, status: number, message?: string): Response {
  return Response.json(
    { outcome, message: message ?? null },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

function fromApi(error: unknown): Response {
  if (error instanceof ApiError) {
    if (error.status === 401) return failure('signed-out', 401);
    if (error.status === 413) return failure('too-large', 413);
    if (error.status === 400 || error.status === 415)
      return failure('bad-type', 400, error.details[0]?.reason);
    if (error.status === 404) return failure('failed', 404);
  }
  console.error('photos: API call failed', error);
  return failure('failed', 502);
}

/**
 * A listing photo from the photo manager: the raw file as the body (XMLHttpRequest, for upload progress), the
 * double-submit token as `x-csrf-token`. The body streams on to POST /v1/media/images with the session's token.
 */
export async function POST(request: Request): Promise<Response> {
  const jar = cookies();
  if (!isTrustedRequest(request, jar.get(CSRF_COOKIE)?.value)) return refusedResponse();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (!token) return failure('signed-out', 401);
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!photoTypeOk(type)) return failure('bad-type', 400);
  const length = request.headers.get('content-length') ?? undefined;
  if (Number(length ?? 0) > MAX_PHOTO_BYTES) return failure('too-large', 413);
  if (!request.body) return failure('bad-type', 400);
  try {
    const image = await uploadListingPhoto(token, request.body, type, length);
    return Response.json({ image }, { status: 202, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return fromApi(error);
  }
}

/** `?id=<image id>`: the photo's processing state, polled until it is `ready` or `failed`. */
export async function GET(request: Request): Promise<Response> {
  const token = cookies().get(SESSION_COOKIE)?.value;
  if (!token) return failure('signed-out', 401);
  const id = new URL(request.url).searchParams.get('id') ?? '';
  if (!UUID.test(id)) return failure('failed', 400);
  try {
    const image = await getImage(token, id);
    return Response.json({ image }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return fromApi(error);
  }
}
