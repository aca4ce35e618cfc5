import { fireEvent, screen, waitFor } from 'expo-router/testing-library';
import { Text } from 'react-native';
import { error, FakeApi } from '@/test/fake-api';
import { createSession, renderRoutes } from '@/test/render';
import { secureStoreItems } from '@/test/secure-store-mock';
import { SignInScreen } from './sign-in-screen';
import { SESSION_KEY } from './token-store';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi();
  api.addMember();
  globalThis.fetch = api.fetch as unknown as typeof fetch;
});

function renderSignIn(locale: 'tr' | 'en' = 'tr') {
  const session = createSession(() => api.now);
  const router = renderRoutes(
    {
      'sign-in': SignInScreen,
      profile: () => <Text>profile</Text>,
      register: () => <Text>register</Text>,
      'check-email': () => <Text>check-email</Text>,
    },
    { initialUrl: '/sign-in', session, locale },
  );
  return { router, session };
}

function fillIn(email: string, password: string) {
  fireEvent.changeText(screen.getByLabelText('E-posta'), email);
  fireEvent.changeText(screen.getByLabelText('Şifre'), password);
  fireEvent.press(screen.getByRole('button', { name: 'Giriş yap' }));
}

describe('SignInScreen', () => {
  it('signs in as the mobile client, keeps the tokens in SecureStore and opens the profile', async () => {
    const { router, session } = renderSignIn();

    fillIn(' ayse@example.com ', 'koleksiyon-2026');

    await waitFor(() => expect(router.getPathname()).toBe('/profile'));
    expect(api.calls[0]).toMatchObject({
      path: '/v1/auth/sign-in',
      body: { email: 'ayse@example.com', password: 'koleksiyon-2026', client: 'mobile' },
    });
    expect(session.getState()).toEqual({ status: 'signed-in' });
    expect(JSON.parse(secureStoreItems.get(SESSION_KEY)!)).toMatchObject({
      refreshToken: expect.stringMatching(/^refresh_/),
    });
  });

  it('shows the field errors of an API 400 next to their fields', async () => {
    api.plan(
      'POST /v1/auth/sign-in',
      error(400, 'VALIDATION_FAILED', 'The request is not valid', [
        { field: 'body.email', reason: 'must be an email address' },
        { field: 'body.password', reason: 'must be at most 256 characters' },
      ]),
    );
    renderSignIn();

    fillIn('ayse@example.com', 'koleksiyon-2026');

    expect(await screen.findByText('Geçerli bir e-posta adresi gir.')).toBeOnTheScreen();
    expect(screen.getByText('En fazla 256 karakter olabilir.')).toBeOnTheScreen();
    expect(screen.getByText('Lütfen işaretli alanları düzelt.')).toBeOnTheScreen();
    expect(secureStoreItems.size).toBe(0);
  });

  it('says how long to wait after too many attempts (429 with Retry-After)', async () => {
    api.plan('POST /v1/auth/sign-in', {
      ...error(429, 'RATE_LIMITED', 'Too many attempts, try again in 90 seconds'),
      headers: { 'Retry-After': '90' },
    });
    renderSignIn();

    fillIn('ayse@example.com', 'koleksiyon-2026');

    expect(
      await screen.findByText('Çok fazla deneme yapıldı. 2 dakika sonra tekrar dene.'),
    ).toBeOnTheScreen();
  });

  it('says so when the e-mail or password is wrong', async () => {
    renderSignIn();

    fillIn('ayse@example.com', 'yanlis-sifre');

    expect(await screen.findByText('E-posta veya şifre hatalı.')).toBeOnTheScreen();
  });

  it('asks for a verified e-mail address first, and offers the link again', async () => {
    api.addMember({ email: 'yeni@example.com', emailVerified: false });
    const { router } = renderSignIn();

    fillIn('yeni@example.com', 'koleksiyon-2026');

    expect(await screen.findByText(/Önce e-posta adresini doğrulaman gerekiyor/)).toBeOnTheScreen();
    expect(screen.getByText('Bu adres henüz doğrulanmadı.')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Doğrulama bağlantısını tekrar gönder' }));
    await waitFor(() => expect(router.getPathname()).toBe('/check-email'));
    expect(router.getSearchParams()).toMatchObject({ email: 'yeni@example.com' });
  });

  it('checks the form before sending it', async () => {
    renderSignIn();

    fillIn('ayse@', '');

    expect(await screen.findByText('Geçerli bir e-posta adresi gir.')).toBeOnTheScreen();
    expect(screen.getByText('Bu alanı doldurman gerekiyor.')).toBeOnTheScreen();
    expect(api.calls).toHaveLength(0);
  });

  it('sends staff accounts to the admin panel without keeping anything', async () => {
    api.addMember({ email: 'moderator@tarodan.com', staff: true });
    const { session } = renderSignIn();

    fillIn('moderator@tarodan.com', 'koleksiyon-2026');

    expect(await screen.findByText('Bu bir ekip hesabı')).toBeOnTheScreen();
    expect(screen.getByText(/yönetim panelinden giriş yap/)).toBeOnTheScreen();
    expect(secureStoreItems.size).toBe(0);
    expect(session.getState().status).not.toBe('signed-in');
  });

  it('speaks English to English readers', async () => {
    renderSignIn('en');

    fireEvent.changeText(screen.getByLabelText('Email'), 'ayse@example.com');
    fireEvent.changeText(screen.getByLabelText('Password'), 'wrong-password');
    fireEvent.press(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('The email or password is incorrect.')).toBeOnTheScreen();
  });
});
