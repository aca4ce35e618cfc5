import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { generate } from 'otplib';

// Signing in to the admin panel as staff: password, then TOTP two-factor. The seeded staff accounts start without
// two-factor, so the first sign-in of a run enrols (reads the secret off the page) and later ones enter codes.

export type StaffAccount = { email: string; password: string; displayName: string };

export const staff = {
  admin: { email: 'admin@tarodan.test', password: 'Tarodan-Admin-2026!', displayName: 'TARODAN Yönetici' },
  moderator: {
    email: 'moderator@tarodan.test',
    password: 'Tarodan-Mod-2026!',
    displayName: 'Moderatör Deniz',
  },
} as const satisfies Record<string, StaffAccount>;

type Enrolment = { secret: string; lastStep: number; recoveryCodes: string[] };
type Store = Record<string, Enrolment>;

const STEP_MS = 30_000;

/**
 * Where the enrolments of this run are kept: in the run's data folder (E2E_DATA_DIR, set by playwright.config.ts,
 * where the embedded database lives too), or Playwright's output folder (emptied when a run starts). A PostgreSQL
 * database (E2E_DATABASE_URL) outlives the run: its enrolments are kept beside it in the system temp folder, one
 * file per database.
 */
function storePath(): string {
  const database = process.env.E2E_DATABASE_URL;
  if (database) {
    const id = createHash('sha256').update(database).digest('hex').slice(0, 12);
    return join(tmpdir(), `tarodan-e2e-staff-totp-${id}.json`);
  }
  const runDir = process.env.E2E_DATA_DIR ?? test.info().project.outputDir;
  return join(runDir, 'staff-totp.json');
}

function readStore(): Store {
  try {
    return JSON.parse(readFileSync(storePath(), 'utf8')) as Store;
  } catch {
    return {};
  }
}

function writeEnrolment(email: string, enrolment: Enrolment): void {
  const path = storePath();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ ...readStore(), [email]: enrolment }, null, 2), { mode: 0o600 });
}

export function enrolmentOf(email: string): Enrolment | undefined {
  return readStore()[email];
}

/**
 * A TOTP code the API has not seen yet. The API accepts each 30-second step once per account, so when this run
 * already used the current step for this account, wait for the next one (and give the test that much more time).
 */
export async function freshTotpCode(email: string): Promise<string> {
  const enrolment = enrolmentOf(email);
  if (!enrolment) throw new Error(`${email} has no two-factor secret in this run (enrol first)`);
  let now = Date.now();
  const step = Math.floor(now / STEP_MS);
  if (step <= enrolment.lastStep) {
    const wait = (enrolment.lastStep + 1) * STEP_MS - now + 250;
    test.info().setTimeout(test.info().timeout + wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
    now = Date.now();
  }
  const code = await generate({ secret: enrolment.secret, epoch: Math.floor(now / 1000) });
  writeEnrolment(email, { ...enrolment, lastStep: Math.floor(now / STEP_MS) });
  return code;
}

/** Takes one unused recovery code off the list (each works once). */
function takeRecoveryCode(email: string): string | undefined {
  const enrolment = enrolmentOf(email);
  const [code, ...rest] = enrolment?.recoveryCodes ?? [];
  if (enrolment && code) writeEnrolment(email, { ...enrolment, recoveryCodes: rest });
  return code;
}

/** Password step: lands on the two-factor step (enrol or verify), whichever the API asks for. */
export async function submitPassword(page: Page, account: StaffAccount): Promise<'verify' | 'enroll'> {
  await page.getByLabel('E-posta').fill(account.email);
  await page.getByLabel('Şifre').fill(account.password);
  await page.getByRole('button', { name: 'Giriş yap' }).click();
  const step = page.getByTestId('sign-in-step');
  await expect(step).toHaveAttribute('data-step', /^(verify|enroll)$/);
  return (await step.getAttribute('data-step')) as 'verify' | 'enroll';
}

/** First sign-in: read the secret shown for manual entry, confirm with a code, keep the recovery codes. */
export async function completeEnrolment(page: Page, account: StaffAccount): Promise<string[]> {
  const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  writeEnrolment(account.email, { secret, lastStep: -1, recoveryCodes: [] });
  await page.getByLabel(/6 haneli kodu/).fill(await freshTotpCode(account.email));
  await page.getByRole('button', { name: 'Etkinleştir' }).click();
  const list = page.getByTestId('mfa-recovery-codes');
  await expect(list.locator('li')).toHaveCount(10);
  const recoveryCodes = await list.locator('li').allInnerTexts();
  writeEnrolment(account.email, { ...(enrolmentOf(account.email) as Enrolment), recoveryCodes });
  return recoveryCodes;
}

export type SignInOptions = {
  /** Start from this page (the gate sends it to sign-in and back afterwards) instead of /sign-in. */
  from?: string;
  /** On the code step, use one of the saved recovery codes instead of a TOTP code. */
  recoveryCode?: boolean;
};

/** Signs a staff member in through the form, enrolling two-factor when the API asks for it. */
export async function signInToAdmin(page: Page, account: StaffAccount, options: SignInOptions = {}) {
  if (options.from) {
    await page.goto(options.from);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
  } else {
    await page.goto('/sign-in');
  }
  const step = await submitPassword(page, account);
  if (step === 'enroll') {
    await completeEnrolment(page, account);
    await page.getByRole('button', { name: 'Kaydettim, devam et' }).click();
  } else {
    const recoveryCode = options.recoveryCode ? takeRecoveryCode(account.email) : undefined;
    if (recoveryCode) {
      await page.getByRole('button', { name: 'Bunun yerine kurtarma kodu kullan' }).click();
      await page.getByLabel('Kurtarma kodu').fill(recoveryCode);
    } else {
      await page.getByLabel('Doğrulama kodu').fill(await freshTotpCode(account.email));
    }
    await page.getByRole('button', { name: 'Doğrula', exact: true }).click();
  }
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** The API bearer token behind the panel's httpOnly session cookie (tests call the API with it directly). */
export async function sessionToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'tarodan_admin');
  expect(cookie, 'the tarodan_admin session cookie').toBeDefined();
  return cookie?.value ?? '';
}
