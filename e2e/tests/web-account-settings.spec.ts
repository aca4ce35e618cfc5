import { expect, type Page, test } from '@playwright/test';
import { apiUrl, createVerifiedMember, SESSION_COOKIE, signInThroughForm } from './web-account-support';

// Account settings (/hesabim) for a fresh member per test, over the real API.

// An 8×8 PNG in the accent colour: real magic bytes, as the API checks them.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4aS+DFTEMLQkAsaxJAS3zJuIAAAAASUVORK5CYII=',
  'base64',
);

async function signInTo(page: Page, path: string, account: { email: string; password: string }) {
  await signInThroughForm(page, account.email, account.password, `/giris?next=${encodeURIComponent(path)}`);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
}

test.describe('web account settings', () => {
  test('updates the profile, refuses a bad phone number on its field, and uploads an avatar with a preview', async ({
    page,
    request,
  }) => {
    const account = await createVerifiedMember(request, 'Profil Sahibi');
    await signInTo(page, '/hesabim', account);

    await page.getByLabel('Cep telefonu').fill('0212 123 45 67');
    await page.getByRole('button', { name: 'Kaydet' }).click();
    await expect(page.locator('#mobile-error')).toHaveText(
      'Cep telefonu numaraları 5 ile başlar (5xx xxx xx xx).',
    );
    await expect(page.getByLabel('Cep telefonu')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Görünen ad').fill('Profil Sahibi Yeni');
    await page.getByLabel('Şehir').fill('Eskişehir');
    await page.getByLabel('Hakkımda').fill('Matchbox ve Hot Wheels biriktiriyorum.');
    await page.getByLabel('Cep telefonu').fill('0532 765 43 21');
    await page.getByRole('button', { name: 'Kaydet' }).click();
    await expect(page.getByTestId('profile-alert')).toHaveText('Profilin güncellendi.');
    await expect(page.getByTestId('account-name')).toHaveText('Profil Sahibi Yeni');
    await expect(page.getByTestId('account-menu-name')).toHaveText('Profil Sahibi Yeni');
    await expect(page.getByLabel('Cep telefonu')).toHaveValue('0532 765 43 21');

    await page
      .getByTestId('avatar-input')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByTestId('avatar-preview')).toBeVisible();
    await page.getByRole('button', { name: 'Fotoğrafı yükle' }).click();
    await expect(page.getByTestId('avatar-alert')).toHaveText('Profil fotoğrafın güncellendi.');
    await expect(page.locator('#avatar [data-testid="avatar-image"]')).toHaveAttribute(
      'src',
      /\/v1\/avatars\//,
    );

    await page
      .getByTestId('avatar-input')
      .setInputFiles({ name: 'not-a-photo.png', mimeType: 'image/png', buffer: Buffer.from('hello') });
    await page.getByRole('button', { name: 'Fotoğrafı yükle' }).click();
    await expect(page.getByTestId('avatar-alert')).toHaveText(
      'Yalnızca JPEG, PNG veya WebP fotoğraf yükleyebilirsin.',
    );
  });

  test('turns marketing e-mails on and off', async ({ page, request }) => {
    const account = await createVerifiedMember(request, 'Bulten Okuru');
    await signInTo(page, '/hesabim', account);

    await expect(page.getByTestId('marketing-status')).toHaveText('Kampanya e-postaları kapalı');
    await page.getByRole('button', { name: 'Aboneliği aç' }).click();
    await expect(page.getByTestId('marketing-alert')).toHaveText('Kampanya e-postalarına abone oldun.');
    await expect(page.getByTestId('marketing-status')).toHaveText('Kampanya e-postaları açık');
    await page.getByRole('button', { name: 'Aboneliği kapat' }).click();
    await expect(page.getByTestId('marketing-status')).toHaveText('Kampanya e-postaları kapalı');
  });

  test('changes the password: a wrong current password is refused on its field, the right one works', async ({
    page,
    request,
  }) => {
    const account = await createVerifiedMember(request, 'Sifre Degistiren');
    await signInTo(page, '/hesabim/guvenlik', account);

    await page.getByLabel('Mevcut şifre').fill('definitely-wrong-1');
    await page.getByLabel('Yeni şifre', { exact: true }).fill('Lego-Technic-Porsche-911');
    await page.getByRole('button', { name: 'Şifremi değiştir' }).click();
    await expect(page.locator('#currentPassword-error')).toHaveText('Mevcut şifren hatalı.');

    await page.getByLabel('Mevcut şifre').fill(account.password);
    await page.getByLabel('Yeni şifre', { exact: true }).fill('Lego-Technic-Porsche-911');
    await page.getByRole('button', { name: 'Şifremi değiştir' }).click();
    await expect(page.getByTestId('password-alert')).toContainText('Şifren değiştirildi.');

    const signIn = await request.post(`${apiUrl}/v1/auth/sign-in`, {
      data: { email: account.email, password: 'Lego-Technic-Porsche-911', client: 'web' },
    });
    expect(signIn.status()).toBe(200);
  });

  test('asks for a data export and lists it', async ({ page, request }) => {
    const account = await createVerifiedMember(request, 'Veri Isteyen');
    await signInTo(page, '/hesabim/verilerim', account);

    await expect(page.getByText('Henüz bir veri kopyası istemedin.')).toBeVisible();
    await page.getByRole('button', { name: 'Veri kopyası iste' }).click();
    await expect(page.getByTestId('export-alert')).toContainText('Talebini aldık');
    await expect(page.getByTestId('export-row')).toHaveCount(1);
    await expect(page.getByTestId('export-status')).toHaveText(/Hazırlanıyor|Hazır/);
  });

  test('deletes the account after the password and the typed phrase, and signs out', async ({
    page,
    request,
  }) => {
    const account = await createVerifiedMember(request, 'Ayrilan Uye');
    await signInTo(page, '/hesabim/verilerim', account);

    const submit = page.getByRole('button', { name: 'Hesabımı kalıcı olarak sil' });
    await page.getByLabel('Şifren').fill(account.password);
    await page.getByLabel('Onaylamak için HESABIMI SIL yaz').fill('hesabımı sil');
    await expect(submit).toBeDisabled();
    await page.getByLabel('Onaylamak için HESABIMI SIL yaz').fill('HESABIMI SIL');
    await submit.click();

    await expect(page).toHaveURL(/\/giris\?notice=account-deleted$/);
    await expect(page.getByTestId('sign-in-notice')).toContainText('Hesabın silindi');
    expect((await page.context().cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
    const again = await request.post(`${apiUrl}/v1/auth/sign-in`, {
      data: { email: account.email, password: account.password, client: 'web' },
    });
    expect(again.status()).toBe(401);
  });
});
