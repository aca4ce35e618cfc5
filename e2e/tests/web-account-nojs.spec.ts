import { expect, test } from '@playwright/test';
import { member, SESSION_COOKIE, signInThroughForm } from './web-account-support';

// The account forms are plain HTML forms first: they work before (or without) any JavaScript.
test.use({ javaScriptEnabled: false });

test.describe('web account without JavaScript', () => {
  test('a wrong password shows the error, the right one signs in and comes back, the menu signs out', async ({
    page,
  }) => {
    await signInThroughForm(
      page,
      member.email,
      'still-not-the-password',
      '/giris?next=%2Fhesabim%2Fguvenlik',
    );
    await expect(page.getByTestId('sign-in-error')).toHaveText('E-posta veya şifre hatalı.');

    await page.getByLabel('E-posta', { exact: true }).fill(member.email);
    await page.getByLabel('Şifre', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
    await expect(page).toHaveURL(/\/hesabim\/guvenlik$/);
    await expect(page.getByTestId('account-email')).toHaveText(member.email);

    await page.getByTestId('account-menu').locator('summary').click();
    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/giris\?notice=signed-out$/);
    expect((await page.context().cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
  });

  test('a field error from the profile form comes back on its field', async ({ page }) => {
    await signInThroughForm(page, member.email, member.password, '/giris?next=%2Fhesabim');
    await expect(page).toHaveURL(/\/hesabim$/);

    await page.getByLabel('Görünen ad').fill('A');
    await page
      .getByLabel('Görünen ad')
      .evaluate((input: HTMLInputElement) => input.removeAttribute('minlength'));
    await page.getByRole('button', { name: 'Kaydet' }).click();
    await expect(page.locator('#displayName-error')).toHaveText('En az 2 karakter olmalı.');
    await expect(page.getByLabel('Görünen ad')).toHaveValue('A');
  });
});
