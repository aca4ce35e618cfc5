import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { apiUrl, clientIp } from './web-account-support';

/** Shared steps of web-listings.spec.ts: seller onboarding over the API, fixtures, screenshots. */

export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A random T.C. identity number with valid check digits (one seller per TCKN, so each run needs a new one). */
export function validTckn(): string {
  const digits = [
    1 + Math.floor(Math.random() * 9),
    ...Array.from({ length: 8 }, () => Math.floor(Math.random() * 10)),
  ];
  const odd = digits[0]! + digits[2]! + digits[4]! + digits[6]! + digits[8]!;
  const even = digits[1]! + digits[3]! + digits[5]! + digits[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (digits.reduce((sum, digit) => sum + digit, 0) + tenth) % 10;
  return [...digits, tenth, eleventh].join('');
}

/**
 * Signs in at the API (as another device would) and registers the member as an individual seller with a TCKN of
 * their own. Returns that API session's bearer token.
 */
export async function onboardSeller(
  request: APIRequestContext,
  email: string,
  password: string,
  storeName = 'Raf Arkası Diecast',
): Promise<string> {
  const signIn = await request.post(`${apiUrl}/v1/auth/sign-in`, {
    data: { email, password, client: 'web' },
    headers: clientIp(),
  });
  expect(signIn.status()).toBe(200);
  const { session } = (await signIn.json()) as { session: { token: string } };
  const seller = await request.put(`${apiUrl}/v1/account/seller`, {
    headers: { authorization: `Bearer ${session.token}` },
    data: {
      type: 'PERSONAL',
      storeName,
      contactName: 'Selin',
      contactSurname: 'Koleksiyoncu',
      identityNumber: validTckn(),
      iban: 'TR33 0006 1005 1978 6457 8413 26',
      address: 'Moda Cad. No: 12 Kadıköy',
      city: 'İstanbul',
      phone: '0532 123 45 67',
    },
  });
  expect(seller.status(), await seller.text()).toBe(200);
  return session.token;
}

/**
 * Screenshots at a phone and a desktop width into WEB_SHOTS_DIR (`web-<name>-390.png`, `-1280.png`), only when the
 * variable is set: a review aid, not part of what the spec proves.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.WEB_SHOTS_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    // Photos (lazy ones included, once scrolled into view by the full-page capture) get a moment to arrive.
    await page.evaluate(() =>
      Promise.race([
        new Promise((done) => setTimeout(done, 3000)),
        Promise.all(
          [...document.images]
            .filter((img) => !img.complete && img.loading !== 'lazy')
            .map((img) => new Promise((done) => img.addEventListener('load', done, { once: true }))),
        ),
      ]),
    );
    await page.screenshot({ path: join(dir, `web-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}
