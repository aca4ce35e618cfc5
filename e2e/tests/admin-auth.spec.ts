import { expect, type Page, test } from '@playwright/test';

// Sign-in gate of the admin panel (admin project, baseURL http://127.0.0.1:4002). Accounts come from the API seed.
const member = { email: 'ayse@tarodan.test', password: 'Tarodan-Uye-2026!' };
const SESSION_COOKIE = 'tarodan_admin';

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

  test('the sign-in page switches to English and back', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to the admin panel' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: /Türkçe/ }).click();
    await expect(page.getByRole('heading', { name: 'Yönetim paneline giriş' })).toBeVisible();
  });
});
