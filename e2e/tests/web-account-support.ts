import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

/** Shared steps of the web account specs (web-account*.spec.ts). Accounts and folders come from the e2e config. */

export const apiUrl = process.env.E2E_API_URL ?? 'http://127.0.0.1:4001';
export const member = { email: 'ayse@tarodan.test', password: 'Tarodan-Uye-2026!' };
export const SESSION_COOKIE = 'tarodan_session';
export const CSRF_COOKIE = 'tarodan_csrf';

type OutboxMessage = { to: string[]; subject: string; text: string; createdAt: string };

function outboxDir(): string {
  const dir = process.env.E2E_MAIL_OUTBOX_DIR;
  if (!dir) throw new Error('E2E_MAIL_OUTBOX_DIR is not set: run the specs through e2e/playwright.config.ts');
  return dir;
}

/** Messages the API wrote to its outbox folder for this address, oldest first. */
export async function mailsTo(address: string): Promise<OutboxMessage[]> {
  const dir = outboxDir();
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  const messages = await Promise.all(
    files.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as OutboxMessage),
  );
  return messages.filter((m) => m.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

/** The newest link to `path` ("/dogrula", "/sifre-sifirla") e-mailed to `address`; waits for the mail job. */
export async function linkFromMail(address: string, path: string, after = 0): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s"<>]+${path}\\?token=[A-Za-z0-9_-]+`);
  let link = '';
  await expect
    .poll(
      async () => {
        const mails = (await mailsTo(address)).filter((m) => Date.parse(m.createdAt) >= after);
        const found = mails.map((m) => pattern.exec(m.text)?.[0]).filter(Boolean);
        link = found.at(-1) ?? '';
        return link;
      },
      { message: `a ${path} link e-mailed to ${address}`, timeout: 15_000 },
    )
    .not.toBe('');
  return link;
}

/**
 * A made-up client address for requests the specs send straight to the API (the API trusts X-Forwarded-For from
 * loopback): per-IP limits such as 10 registrations an hour then count each spec apart.
 */
export function clientIp(): { 'x-forwarded-for': string } {
  const part = () => Math.floor(Math.random() * 254) + 1;
  return { 'x-forwarded-for': `10.${part()}.${part()}.${part()}` };
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

/** A verified member made through the API (register → link from the outbox → verify), ready to sign in. */
export async function createVerifiedMember(
  request: APIRequestContext,
  displayName: string,
): Promise<{ email: string; password: string; displayName: string }> {
  const email = uniqueEmail(displayName.toLowerCase().replace(/[^a-z]+/g, '-'));
  const password = 'Koleksiyon-Rafi-2026!';
  const headers = clientIp();
  const registered = await request.post(`${apiUrl}/v1/auth/register`, {
    data: { email, password, displayName, acceptTerms: true, acceptPrivacyNotice: true },
    headers,
  });
  expect(registered.status()).toBe(202);
  const link = await linkFromMail(email, '/dogrula');
  const token = new URL(link).searchParams.get('token');
  const verified = await request.post(`${apiUrl}/v1/auth/verify-email`, { data: { token }, headers });
  expect(verified.status()).toBe(200);
  return { email, password, displayName };
}

export async function signInThroughForm(page: Page, email: string, password: string, path = '/giris') {
  await page.goto(path);
  await page.getByLabel('E-posta', { exact: true }).fill(email);
  await page.getByLabel('Şifre', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
}

/** A session made straight at the API, as another device would: its token and its id in the session list. */
export async function signInElsewhere(
  request: APIRequestContext,
  email: string,
  password: string,
  userAgent: string,
) {
  const response = await request.post(`${apiUrl}/v1/auth/sign-in`, {
    data: { email, password, client: 'web' },
    headers: { 'user-agent': userAgent },
  });
  expect(response.status()).toBe(200);
  const { session } = (await response.json()) as { session: { token: string } };
  const list = await request.get(`${apiUrl}/v1/account/sessions`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  const { items } = (await list.json()) as { items: { id: string; current: boolean }[] };
  const id = items.find((item) => item.current)?.id;
  expect(id).toBeTruthy();
  return { token: session.token, id: id! };
}
