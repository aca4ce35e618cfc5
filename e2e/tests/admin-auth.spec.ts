import { expect, type Page, test } from '@playwright/test';
import { staff, submitPassword } from './support/admin-sign-in';

// Sign-in gate of the admin panel (admin project, baseURL http://127.0.0.1:4002). Accounts come from the API seed.
const member = { email: 'ayse@tarodan.test', password: 'Tarodan-Uye-2026!' };
const SESSION_COOKIE = 'tarodan_admin';
const MFA_COOKIE = 'tarodan_admin_mfa';
const CSRF_COOKIE = 'tarodan_admin_csrf';

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-posta').fill(email);
  await page.getByLabel('Şifre').fill(password);
  await page.getByRole('button', { name: 'Giriş yap' }).click();
}

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

test.describe('admin sign-in gate', () => {
  test('an anonymous visit to the dashboard is redirected to sign-in, remembering where it was going', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
    await expect(page.getByRole('heading', { name: 'Yönetim paneline giriş' })).toBeVisible();

    await page.goto('/brands?q=lego');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fbrands%3Fq%3Dlego$/);
  });

  test('a wrong password shows one error that does not say which field was wrong', async ({ page }) => {
    await page.goto('/sign-in');
    await submitSignIn(page, 'admin@tarodan.test', 'not-the-password');

    await expect(page.getByTestId('sign-in-error')).toHaveText('E-posta veya şifre hatalı');
    await expect(page).toHaveURL(/\/sign-in/);
    expect(await sessionCookie(page)).toBeUndefined();
  });

  test('an unknown email gets exactly the same error as a wrong password', async ({ page }) => {
    await page.goto('/sign-in');
    await submitSignIn(page, 'nobody@tarodan.test', 'whatever-1234');

    await expect(page.getByTestId('sign-in-error')).toHaveText('E-posta veya şifre hatalı');
  });

  test('a member with a correct password is refused and gets no session cookie', async ({ page }) => {
    await page.goto('/sign-in');
    await submitSignIn(page, member.email, member.password);

    await expect(page.getByTestId('sign-in-error')).toHaveText('Bu panele erişim yetkiniz yok');
    await expect(page).toHaveURL(/\/sign-in/);
    expect(await sessionCookie(page)).toBeUndefined();

    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('a correct staff password only leads to the code step: the challenge stays in an httpOnly cookie, a wrong code is refused', async ({
    page,
  }) => {
    await page.goto('/sign-in?next=%2Fusers');
    const step = await submitPassword(page, staff.admin);
    expect(['verify', 'enroll']).toContain(step);

    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
    const challenge = cookies.find((cookie) => cookie.name === MFA_COOKIE);
    expect(challenge).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/sign-in' });
    expect(page.url()).toMatch(/\/sign-in\?next=%2Fusers$/);
    expect(page.url()).not.toContain(challenge?.value.split('.')[1] ?? '-');

    const label = step === 'enroll' ? /6 haneli kodu/ : 'Doğrulama kodu';
    await page.getByLabel(label).fill('000000');
    await page
      .getByRole('button', { name: step === 'enroll' ? 'Etkinleştir' : 'Doğrula', exact: true })
      .click();
    await expect(page.getByTestId('sign-in-error')).toHaveText(
      'Kod hatalı ya da kullanılmış. Uygulamadaki yeni kodu girin.',
    );
    expect((await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();

    await page.getByRole('button', { name: 'Baştan başla' }).click();
    await expect(page.getByRole('heading', { name: 'Yönetim paneline giriş' })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fusers$/);
    expect((await page.context().cookies()).find((cookie) => cookie.name === MFA_COOKIE)).toBeUndefined();
  });

  test('a sign-in whose CSRF token does not match its cookie is refused before the API is asked', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    const csrf = (await page.context().cookies()).find((cookie) => cookie.name === CSRF_COOKIE);
    expect(csrf).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    // Another tab (or an attacker's page) cannot read the token; here the cookie changes under the rendered form.
    await page.context().addCookies([{ ...(csrf as NonNullable<typeof csrf>), value: 'x'.repeat(43) }]);
    await page.getByLabel('E-posta').fill(staff.admin.email);
    await page.getByLabel('Şifre').fill(staff.admin.password);
    await page.getByRole('button', { name: 'Giriş yap' }).click();

    await expect(page.getByTestId('sign-in-error')).toHaveText(
      'Form süresi doldu. Sayfayı yenileyip tekrar deneyin.',
    );
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === MFA_COOKIE)).toBeUndefined();
    expect(cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
  });

  test('the sign-in page switches to English and back', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to the admin panel' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: /Türkçe/ }).click();
    await expect(page.getByRole('heading', { name: 'Yönetim paneline giriş' })).toBeVisible();
  });
});
