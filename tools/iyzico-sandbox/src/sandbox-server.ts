import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkIyzicoSignature, type IyzicoCredentials } from './iyzico-auth.js';
import { type IyzicoError, iyzicoErrors } from './iyzico-errors.js';
import type { IyzicoResponse, LoggedRequest, StoredSubMerchant } from './sub-merchant.types.js';
import {
  readSubMerchantKey,
  validateCreateSubMerchant,
  validateUpdateSubMerchant,
} from './validate-sub-merchant.js';

export interface IyzicoSandboxOptions extends IyzicoCredentials {
  /** Default 0: a free port chosen by the system. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
}

export interface IyzicoSandbox {
  /** e.g. `http://127.0.0.1:40123`, to give iyzipay as `uri`. */
  url: string;
  /** Registered sub-merchants, oldest first (copies). */
  subMerchants(): StoredSubMerchant[];
  /** Every request answered, oldest first (copies). */
  requests(): LoggedRequest[];
  /** Forgets sub-merchants, the request log and pending failures. */
  clear(): void;
  /** Answers the next `times` requests with iyzico's system error (errorCode 1) and HTTP 500. */
  failNext(times?: number): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** The sandbox's answer to one request: iyzico answers its business failures with HTTP 200. */
interface Reply {
  httpStatus: number;
  body: {
    status: 'success' | 'failure';
    errorCode?: string;
    errorMessage?: string;
    [field: string]: unknown;
  };
}

const success = (fields: Record<string, unknown> = {}): Reply => ({
  httpStatus: 200,
  body: { status: 'success', ...fields },
});

function failure(error: IyzicoError, locale: string, httpStatus = 200): Reply {
  return {
    httpStatus,
    body: {
      status: 'failure',
      errorCode: error.errorCode,
      errorMessage: locale === 'en' ? error.en : error.tr,
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseObject(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** iyzico's keys look like base64 of 20 bytes, e.g. `ISJcSPg1T2TRCA3e8ErmQK/xntY=`. */
const newSubMerchantKey = () => randomBytes(20).toString('base64');

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A local stand-in for iyzico's marketplace onboarding API, spoken to with the real iyzipay client:
 * `POST /onboarding/submerchant` (create), `PUT /onboarding/submerchant` (update),
 * `POST /onboarding/submerchant/detail` (retrieve), each behind iyzico's IYZWSv2 signature, and
 * `GET /payment/test` (no key). The sandbox-only `GET /__sub-merchants` lists what was registered.
 */
export async function startIyzicoSandbox(options: IyzicoSandboxOptions): Promise<IyzicoSandbox> {
  if (!options.apiKey || !options.secretKey)
    throw new Error('startIyzicoSandbox needs an apiKey and a secretKey');
  const credentials: IyzicoCredentials = { apiKey: options.apiKey, secretKey: options.secretKey };
  const byKey = new Map<string, StoredSubMerchant>();
  const log: LoggedRequest[] = [];
  let failuresLeft = 0;

  const findByExternalId = (externalId: string) =>
    [...byKey.values()].find((s) => s.subMerchantExternalId === externalId);

  const create = (body: Record<string, unknown>, locale: string): Reply => {
    const check = validateCreateSubMerchant(body);
    if (!check.ok) return failure(check.error, locale);
    const { subMerchantExternalId, subMerchantType, fields } = check.value;
    if (findByExternalId(subMerchantExternalId)) return failure(iyzicoErrors.subMerchantExists, locale);
    const now = new Date().toISOString();
    const stored: StoredSubMerchant = {
      ...fields,
      currency: fields.currency ?? 'TRY',
      subMerchantKey: newSubMerchantKey(),
      subMerchantExternalId,
      subMerchantType,
      createdAt: now,
      updatedAt: now,
    };
    byKey.set(stored.subMerchantKey, stored);
    return success({ subMerchantKey: stored.subMerchantKey });
  };

  const update = (body: Record<string, unknown>, locale: string): Reply => {
    const key = readSubMerchantKey(body);
    if (!key.ok) return failure(key.error, locale);
    const stored = byKey.get(key.value);
    if (!stored) return failure(iyzicoErrors.subMerchantNotFound, locale);
    const check = validateUpdateSubMerchant(body, stored.subMerchantType);
    if (!check.ok) return failure(check.error, locale);
    Object.assign(stored, check.value, { updatedAt: new Date().toISOString() });
    return success();
  };

  const retrieve = (body: Record<string, unknown>, locale: string): Reply => {
    const { subMerchantExternalId } = body;
    if (typeof subMerchantExternalId !== 'string' || subMerchantExternalId.trim() === '') {
      return failure(iyzicoErrors.subMerchantNotFound, locale);
    }
    const stored = findByExternalId(subMerchantExternalId);
    if (!stored) return failure(iyzicoErrors.subMerchantNotFound, locale);
    const { createdAt: _created, updatedAt: _updated, ...fields } = stored;
    return success({ ...fields, bankCountry: stored.iban?.slice(0, 2) });
  };

  const onboarding: Record<string, (body: Record<string, unknown>, locale: string) => Reply> = {
    'POST /onboarding/submerchant': create,
    'PUT /onboarding/submerchant': update,
    'POST /onboarding/submerchant/detail': retrieve,
  };

  const answer = (
    req: IncomingMessage,
    path: string,
    raw: string,
    body: Record<string, unknown> | undefined,
    locale: string,
  ): Reply | undefined => {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      return failure(iyzicoErrors.systemError, locale, 500);
    }
    if (req.method === 'GET' && path === '/payment/test') return success();
    const handler = onboarding[`${req.method} ${path}`];
    if (!handler) return undefined;
    const refused = checkIyzicoSignature(
      {
        authorization: req.headers.authorization,
        randomKey: headerText(req, 'x-iyzi-rnd'),
        uriPath: path,
        body: raw,
      },
      credentials,
    );
    if (refused) return failure(refused, locale);
    if (!body) return failure(iyzicoErrors.invalidRequest, locale);
    return handler(body, locale);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname.replace(/(.)\/+$/, '$1');
    const raw = await readBody(req);
    if (path === '/__sub-merchants' && req.method === 'GET') {
      return sendJson(res, 200, { subMerchants: [...byKey.values()] });
    }
    const body = parseObject(raw);
    // iyzico answers in the request's locale and echoes it (default tr).
    const locale = typeof body?.locale === 'string' && body.locale !== '' ? body.locale : 'tr';
    const reply = answer(req, path, raw ?? '', body, locale);
    if (!reply)
      return sendJson(res, 404, { status: 'failure', errorMessage: `No route for ${req.method} ${path}` });
    const conversationId = typeof body?.conversationId === 'string' ? body.conversationId : undefined;
    const response: IyzicoResponse = withoutUndefined({
      ...reply.body,
      locale,
      systemTime: Date.now(),
      conversationId,
    });
    log.push(
      withoutUndefined({
        method: req.method ?? 'GET',
        path,
        body,
        conversationId,
        status: response.status,
        errorCode: response.errorCode,
        receivedAt: new Date().toISOString(),
      }),
    );
    sendJson(res, reply.httpStatus, response);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      sendJson(res, 500, { status: 'failure', errorCode: '1', errorMessage: String(error) });
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    subMerchants: () => structuredClone([...byKey.values()]),
    requests: () => structuredClone(log),
    clear: () => {
      byKey.clear();
      log.length = 0;
      failuresLeft = 0;
    },
    failNext: (times = 1) => {
      if (!Number.isInteger(times) || times < 1)
        throw new RangeError(`failNext needs a positive count, got ${times}`);
      failuresLeft = times;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function headerText(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}
