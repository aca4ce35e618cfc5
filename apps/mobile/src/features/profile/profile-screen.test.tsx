import { fireEvent, screen, waitFor } from 'expo-router/testing-library';
import { Text } from 'react-native';
import { SESSION_KEY } from '@/features/auth/token-store';
import { registerForPush } from '@/features/notifications/register-for-push';
import { error, FakeApi } from '@/test/fake-api';
import { createSession, renderRoutes } from '@/test/render';
import { secureStoreItems } from '@/test/secure-store-mock';
import { ProfileScreen } from './profile-screen';

jest.mock('@/features/notifications/register-for-push', () => ({ registerForPush: jest.fn() }));

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi();
  api.addMember({ emailVerified: true });
  globalThis.fetch = api.fetch as unknown as typeof fetch;
});

const routes = {
  index: ProfileScreen,
  'sign-in': () => <Text>sign-in page</Text>,
  register: () => <Text>register page</Text>,
  'account/edit': () => <Text>edit page</Text>,
  'account/sessions': () => <Text>sessions page</Text>,
};

async function renderSignedIn(afterSignIn?: () => void) {
  const session = createSession(() => api.now);
  await session.start(api.openSession());
  afterSignIn?.();
  const router = renderRoutes(routes, { session });
  return { router, session };
}

describe('ProfileScreen, signed out', () => {
  it('offers to sign in or sign up', async () => {
    const router = renderRoutes(routes);

    expect(await screen.findByText('Misafir olarak geziyorsun')).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Üye ol' })).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Giriş yap' }));

    await waitFor(() => expect(router.getPathname()).toBe('/sign-in'));
  });

  it('switches the app to English and back', async () => {
    renderRoutes(routes);
    expect(await screen.findByText('Misafir olarak geziyorsun')).toBeOnTheScreen();

    fireEvent.press(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByText('You are browsing as a guest')).toBeOnTheScreen();

    fireEvent.press(screen.getByRole('radio', { name: 'Türkçe' }));
    expect(screen.getByText('Misafir olarak geziyorsun')).toBeOnTheScreen();
  });

  it('asks for notifications only when the button is pressed, and says what came of it', async () => {
    jest.mocked(registerForPush).mockResolvedValue({ status: 'denied' });
    renderRoutes(routes);
    await screen.findByText('Misafir olarak geziyorsun');
    expect(registerForPush).not.toHaveBeenCalled();

    fireEvent.press(screen.getByRole('button', { name: 'Bildirimleri aç' }));

    expect(
      await screen.findByText('Bildirim izni verilmedi. Telefonunun Ayarlar bölümünden açabilirsin.'),
    ).toBeOnTheScreen();
    expect(registerForPush).toHaveBeenCalledTimes(1);
  });
});

describe('ProfileScreen, signed in', () => {
  it('shows the account: name, city, bio, e-mail and whether it is verified, member since', async () => {
    await renderSignedIn();

    expect(await screen.findByText('Ayşe Yılmaz')).toBeOnTheScreen();
    expect(screen.getByText('İzmir')).toBeOnTheScreen();
    expect(screen.getByText('Hot Wheels Treasure Hunt koleksiyoncusu.')).toBeOnTheScreen();
    expect(screen.getByText('ayse@example.com')).toBeOnTheScreen();
    expect(screen.getByText('Doğrulandı')).toBeOnTheScreen();
    expect(screen.getByText('Kasım 2026 tarihinden beri üye')).toBeOnTheScreen();
    expect(screen.getByText('AY')).toBeOnTheScreen(); // initials while there is no picture
    expect(screen.queryByText('Misafir olarak geziyorsun')).not.toBeOnTheScreen();
    expect(api.calls.find((call) => call.path === '/v1/account')?.authorization).toMatch(/^Bearer access_/);
  });

  it('says when the e-mail address is not verified yet', async () => {
    api.addMember({ email: 'ayse@example.com', emailVerified: false });
    await renderSignedIn();

    expect(await screen.findByText('Doğrulanmadı')).toBeOnTheScreen();
  });

  it('signs out: the API ends the session, SecureStore forgets it, the guest card returns', async () => {
    await renderSignedIn();
    await screen.findByText('Ayşe Yılmaz');
    expect(secureStoreItems.has(SESSION_KEY)).toBe(true);

    fireEvent.press(screen.getByRole('button', { name: 'Çıkış yap' }));

    expect(await screen.findByText('Misafir olarak geziyorsun')).toBeOnTheScreen();
    expect(api.count('POST /v1/auth/sign-out')).toBe(1);
    expect(api.liveSessions()).toBe(0);
    expect(secureStoreItems.has(SESSION_KEY)).toBe(false);
  });

  it('opens the list of sessions', async () => {
    const { router } = await renderSignedIn();
    await screen.findByText('Ayşe Yılmaz');

    fireEvent.press(screen.getByRole('button', { name: 'Oturumlar' }));

    await waitFor(() => expect(router.getPathname()).toBe('/account/sessions'));
  });

  it('offers a retry when the account cannot be loaded', async () => {
    api.plan('GET /v1/account', error(503, 'SERVICE_UNAVAILABLE', 'Maintenance'));
    await renderSignedIn();

    expect(await screen.findByText('Hesap bilgilerin yüklenemedi.')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Tekrar dene' }));

    expect(await screen.findByText('Ayşe Yılmaz')).toBeOnTheScreen();
  });

  it('returns to the guest card when the session was ended elsewhere', async () => {
    await renderSignedIn(() => api.revokeAllSessions());

    expect(await screen.findByText('Misafir olarak geziyorsun')).toBeOnTheScreen();
    expect(secureStoreItems.has(SESSION_KEY)).toBe(false);
  });
});
