import { createHmac, timingSafeEqual } from 'node:crypto';
import { type IyzicoError, iyzicoErrors } from './iyzico-errors.js';

export interface IyzicoCredentials {
  apiKey: string;
  secretKey: string;
}

/**
 * iyzico's HMAC-SHA256 request signature, hex: `HMAC(secretKey, randomKey + uriPath + body)`, where `uriPath` is the
 * path without the host or query (`/onboarding/submerchant`) and `body` the JSON text sent. This is what
 * iyzipay 2.0.69 computes in `utils.generateHashV2`.
 */
export function iyzicoSignature(secretKey: string, randomKey: string, uriPath: string, body: string): string {
  return createHmac('sha256', secretKey)
    .update(randomKey + uriPath + body)
    .digest('hex');
}

/** The `Authorization` header value iyzipay sends: `IYZWSv2 base64("apiKey:…&randomKey:…&signature:…")`. */
export function iyzicoAuthorization(
  credentials: IyzicoCredentials,
  randomKey: string,
  uriPath: string,
  body: string,
): string {
  const signature = iyzicoSignature(credentials.secretKey, randomKey, uriPath, body);
  const params = `apiKey:${credentials.apiKey}&randomKey:${randomKey}&signature:${signature}`;
  return `IYZWSv2 ${Buffer.from(params, 'utf8').toString('base64')}`;
}

const AUTH_PARAMS = /^apiKey:(.+)&randomKey:(.*)&signature:([0-9a-f]{64})$/;

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface SignedRequest {
  authorization: string | undefined;
  /** The `x-iyzi-rnd` header. */
  randomKey: string | undefined;
  uriPath: string;
  /** The body exactly as received. */
  body: string;
}

/** Checks a request's signature as iyzico does; returns the failure to answer with, or undefined when it holds. */
export function checkIyzicoSignature(
  request: SignedRequest,
  credentials: IyzicoCredentials,
): IyzicoError | undefined {
  if (!request.randomKey) return iyzicoErrors.randomStringMissing;
  const [scheme, encoded, ...rest] = (request.authorization ?? '').split(' ');
  if (scheme !== 'IYZWSv2' || !encoded || rest.length > 0) return iyzicoErrors.apiKeyNotFound;
  const match = AUTH_PARAMS.exec(Buffer.from(encoded, 'base64').toString('utf8'));
  if (!match) return iyzicoErrors.invalidSignature;
  const [, apiKey = '', randomKey = '', signature = ''] = match;
  if (!sameText(apiKey, credentials.apiKey)) return iyzicoErrors.apiKeyNotFound;
  if (randomKey !== request.randomKey) return iyzicoErrors.invalidSignature;
  const expected = iyzicoSignature(credentials.secretKey, randomKey, request.uriPath, request.body);
  return sameText(signature, expected) ? undefined : iyzicoErrors.invalidSignature;
}
