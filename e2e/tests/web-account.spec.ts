import { expect, test } from '@playwright/test';
import {
  apiUrl,
  CSRF_COOKIE,
  clientIp,
  createVerifiedMember,
  linkFromMail,
  member,
  SESSION_COOKIE,
  signInElsewhere,
  signInThroughForm,
  uniqueEmail,
} from './web-account-support';

// The storefront's account area over the real API (web project, baseURL http://127.0.0.1:4000).

test.describe('web sign-up, verification and start selling', () => {
  test('a new member registers, verifies the link from the e-mail, signs in and starts selling as an individual', async ({
    page,
  }) => {
    const email = uniqueEmail('yeni-uye');
    const password = 'Hot-Wheels-Koleksiyonu-26';

    await page.goto('/kayit');
    await expect(page.getByRole('heading', { level: 1, name: 'Üye ol' })).toBeVisible();
    await page.getByLabel('Görünen ad').fill('Deniz Koleksiyoncu');
    await page.getByLabel('E-posta', { exact: true }).fill(email);
    await page.getByLabel('Şifre', { exact: true }).fill(password);
    await expect(page.getByTestId('password-strength')).toContainText(/Güçlü|Çok güçlü/);
    await page.getByLabel(/Kullanım Koşulları/).check();
    await page.getByLabel(/KVKK Aydınlatma Metni/).check();
    await page.getByRole('button', { name: 'Hesabımı oluştur' }).click();

    await expect(page).toHaveURL(/\/kayit\/e-posta$/);
    await expect(page.getByRole('heading', { level: 1, name: 'E-postanı kontrol et' })).toBeVisible();
    await expect(page.getByTestId('check-email-page')).toContainText(email);

    const link = await linkFromMail(email, '/dogrula');
    expect(link.startsWith('http://127.0.0.1:4000/dogrula?token=')).toBe(true);
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'E-posta adresin doğrulandı' })).toBeVisible();
    await page.getByTestId('verify-success').getByRole('link', { name: 'Giriş yap' }).click();

    await expect(page).toHaveURL(/\/giris$/);
    await page.getByLabel('E-posta', { exact: true }).fill(email);
    await page.getByLabel('Şifre', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByTestId('account-menu-name')).toHaveText('Deniz Koleksiyoncu');
    const session = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');

    await page.goto('/sat');
    await page.getByTestId('start-selling').click();
    await expect(page).toHaveURL(/\/sat\/baslat$/);
    await expect(page.getByLabel('Bireysel')).toBeChecked();
    await page.getByLabel('Mağaza adı').fill('Deniz’in Diecast Rafı');
    await page.getByLabel('Ad', { exact: true }).fill('Deniz');
    await page.getByLabel('Soyad').fill('Koleksiyoncu');
    await page.getByLabel('T.C. Kimlik No').fill('10000000146');
    await page.getByLabel('IBAN').fill('TR33 0006 1005 1978 6457 8413 26');
    await page.getByLabel('Cep telefonu').fill('0532 123 45 67');
    await page.getByLabel('Şehir').fill('İzmir');
    await page.getByLabel('Adres').fill('Alsancak Mah. Kıbrıs Şehitleri Cad. No: 10 Konak');
    await page.getByRole('button', { name: 'Satıcı hesabımı oluştur' }).click();

    await expect(page.getByTestId('seller-alert')).toHaveText('Satıcı bilgilerin kaydedildi.');
    const summary = page.getByTestId('seller-summary');
    await expect(summary.getByTestId('seller-identity-masked')).toHaveText('*******0146');
    await expect(summary.getByTestId('seller-iban-masked')).toHaveText('TR** **** **** **** **** **13 26');
    await expect(summary.getByTestId('seller-status')).toHaveAttribute('data-status', /pending|active/);
    await expect(page.getByLabel('T.C. Kimlik No')).toHaveValue('');

    await page.goto('/sat');
    await expect(page.getByTestId('sell-status')).toHaveText(/İnceleniyor|Aktif/);
  });

  test('wrong seller details come back as errors on their own fields', async ({ page, request }) => {
    const seller = await createVerifiedMember(request, 'Hatali Satici');
    await signInThroughForm(page, seller.email, seller.password, '/giris?next=%2Fsat%2Fbaslat');
    await expect(page).toHaveURL(/\/sat\/baslat$/);

    // Each type shows its own fields (CSS :has, so it also works without JavaScript).
    await page.getByText('Limited / anonim şirket').click();
    await expect(page.getByLabel('Vergi kimlik numarası (VKN)')).toBeVisible();
    await expect(page.getByLabel('T.C. Kimlik No')).toBeHidden();
    await expect(page.getByLabel('Şirket unvanı')).toBeVisible();
    await page.getByText('Bireysel', { exact: true }).click();
    await expect(page.getByLabel('Vergi kimlik numarası (VKN)')).toBeHidden();
    await expect(page.getByLabel('Şirket unvanı')).toBeHidden();

    await page.getByLabel('Mağaza adı').fill('Figür Dükkanı');
    await page.getByLabel('Ad', { exact: true }).fill('Ali');
    await page.getByLabel('Soyad').fill('Veli');
    await page.getByLabel('T.C. Kimlik No').fill('10000000147');
    await page.getByLabel('IBAN').fill('TR33 0006 1005 1978 6457 8413 27');
    await page.getByLabel('Cep telefonu').fill('0532 123 45 67');
    await page.getByLabel('Şehir').fill('Ankara');
    await page.getByLabel('Adres').fill('Kızılay Mah. Atatürk Bulvarı No: 1 Çankaya');
    await page.getByRole('button', { name: 'Satıcı hesabımı oluştur' }).click();

    const identity = page.getByLabel('T.C. Kimlik No');
    await expect(identity).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#identityNumber-error')).toHaveText(
      'T.C. Kimlik No geçerli değil, rakamları kontrol et.',
    );
    await expect(page.locator('#iban-error')).toHaveText('IBAN geçerli değil, rakamları kontrol et.');
    await expect(identity).toHaveAttribute('aria-describedby', /identityNumber-error/);
    await expect(page.getByLabel('Mağaza adı')).toHaveValue('Figür Dükkanı');
    await expect(page.getByTestId('seller-summary')).toHaveCount(0);
  });
});

test.describe('web sign-in', () => {
  test('a wrong password shows one error and keeps the address', async ({ page }) => {
    await signInThroughForm(page, member.email, 'not-the-password');

    await expect(page.getByTestId('sign-in-error')).toHaveText('E-posta veya şifre hatalı.');
    await expect(page.getByLabel('E-posta', { exact: true })).toHaveValue(member.email);
    await expect(page).toHaveURL(/\/giris$/);
    expect((await page.context().cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
  });

  test('an unverified address is told so and can ask for a new link', async ({ page, request }) => {
    const email = uniqueEmail('dogrulanmamis');
    const password = 'Model-Tren-Seti-2026';
    const registered = await request.post(`${apiUrl}/v1/auth/register`, {
      data: { email, password, displayName: 'Yeni Üye', acceptTerms: true, acceptPrivacyNotice: true },
      headers: clientIp(),
    });
    expect(registered.status()).toBe(202);
    await linkFromMail(email, '/dogrula');
    const asked = Date.now();

    await signInThroughForm(page, email, password);
    await expect(page.getByTestId('sign-in-error')).toContainText('E-posta adresini henüz doğrulamadın');
    await page.getByRole('button', { name: 'Doğrulama bağlantısını tekrar gönder' }).click();

    await expect(page.getByTestId('resend-alert')).toContainText('yeni bir doğrulama bağlantısı gönderdik');
    await linkFromMail(email, '/dogrula', asked);
  });

  test('the account page sends a signed-out visitor to sign-in and back again', async ({ page }) => {
    await page.goto('/hesabim/oturumlar');
    await expect(page).toHaveURL(/\/giris\?next=%2Fhesabim%2Foturumlar$/);
    await expect(page.getByTestId('sign-in-notice')).toHaveText('Devam etmek için giriş yap.');

    await page.getByLabel('E-posta', { exact: true }).fill(member.email);
    await page.getByLabel('Şifre', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
    await expect(page).toHaveURL(/\/hesabim\/oturumlar$/);
    await expect(page.getByRole('heading', { name: 'Açık oturumlar' })).toBeVisible();
  });

  test('a `next` that leaves the site is ignored after sign-in', async ({ page }) => {
    await signInThroughForm(page, member.email, member.password, '/giris?next=%2F%2Fevil.example%2Fx');
    await expect(page).toHaveURL('/');
    await expect(page.getByTestId('account-menu')).toBeVisible();
  });

  test('the English sign-in page lives under /en and is not indexed', async ({ page }) => {
    await page.goto('/en/giris');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
});

test.describe('web sessions', () => {
  test('lists this device and signs out another one', async ({ page, request }) => {
    const owner = await createVerifiedMember(request, 'Oturum Sahibi');
    const other = await signInElsewhere(
      request,
      owner.email,
      owner.password,
      'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) Version/17.0 Mobile/15E148 Safari/604.1',
    );
    await signInThroughForm(page, owner.email, owner.password, '/giris?next=%2Fhesabim%2Foturumlar');

    const rows = page.getByTestId('session-row');
    await expect(rows).toHaveCount(2);
    await expect(page.locator('[data-testid="session-row"][data-current="true"]')).toContainText('Bu cihaz');
    const otherRow = page.locator(`[data-session-id="${other.id}"]`);
    await expect(otherRow).toHaveAttribute('data-current', 'false');

    await otherRow.getByRole('button', { name: /oturumunu kapat/ }).click();
    await expect(page.getByTestId('sessions-alert')).toHaveText('Oturum kapatıldı.');
    await expect(rows).toHaveCount(1);
    const me = await request.get(`${apiUrl}/v1/auth/me`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(me.status()).toBe(401);
  });
});

test.describe('web CSRF protection', () => {
  test('a form posted from another site is refused and the member stays signed in', async ({ page }) => {
    await signInThroughForm(page, member.email, member.password);
    await expect(page.getByTestId('account-menu')).toBeVisible();
    const csrf = (await page.context().cookies()).find((cookie) => cookie.name === CSRF_COOKIE)?.value ?? '';
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // Even with the right token in the form (an attacker could not read it), another origin is refused.
    await page.route('http://attacker.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<form method="post" action="http://127.0.0.1:4000/bff/cikis">
          <input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="locale" value="tr">
          <button>Claim your prize</button></form>`,
      }),
    );
    await page.goto('http://attacker.example/');
    const [answer] = await Promise.all([
      page.waitForResponse('http://127.0.0.1:4000/bff/cikis'),
      page.getByRole('button', { name: 'Claim your prize' }).click(),
    ]);
    expect(answer.status()).toBe(403);

    await page.goto('/hesabim');
    await expect(page).toHaveURL(/\/hesabim$/);
    await expect(page.getByTestId('account-name')).toBeVisible();
  });

  test('a same-site request without the token, or with another one, is refused', async ({ page }) => {
    await signInThroughForm(page, member.email, member.password);
    await expect(page.getByTestId('account-menu')).toBeVisible();

    const statuses = await page.evaluate(async () => {
      const post = (body: Record<string, string>) =>
        fetch('/bff/cikis', { method: 'POST', body: new URLSearchParams(body), redirect: 'manual' }).then(
          (r) => r.status,
        );
      return [await post({ locale: 'tr' }), await post({ locale: 'tr', csrf: 'x'.repeat(43) })];
    });
    expect(statuses).toEqual([403, 403]);

    // A server action whose hidden token was tampered with changes nothing.
    await page.goto('/hesabim');
    await page.locator('#profile input[name="csrf"]').evaluate((input: HTMLInputElement) => {
      input.value = 'y'.repeat(43);
    });
    await page.getByLabel('Görünen ad').fill('Değiştirilmemeli');
    await page.getByRole('button', { name: 'Kaydet' }).click();
    await expect(page.getByTestId('profile-alert')).toHaveText(
      'Güvenlik doğrulaması başarısız oldu. Sayfayı yenileyip tekrar dene.',
    );
    await page.reload();
    await expect(page.getByTestId('account-name')).not.toHaveText('Değiştirilmemeli');
  });

  test('signing out from the menu ends the session', async ({ page }) => {
    await signInThroughForm(page, member.email, member.password);
    await page.getByTestId('account-menu').locator('summary').click();
    await page.getByTestId('sign-out').click();

    await expect(page).toHaveURL(/\/giris\?notice=signed-out$/);
    await expect(page.getByTestId('sign-in-notice')).toHaveText('Çıkış yaptın. Görüşmek üzere!');
    await expect(page.getByTestId('sign-in-link')).toBeVisible();
    expect((await page.context().cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
  });
});
