import { Stack } from 'expo-router';
import { act, screen, waitFor } from 'expo-router/testing-library';
import { Text } from 'react-native';
import { FakeApi } from '@/test/fake-api';
import { createSession, renderRoutes } from '@/test/render';
import type { SessionManager } from './session-manager';
import { SignInScreen } from './sign-in-screen';
import { useSessionExpiredRedirect } from './use-session-expired-redirect';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi();
  api.addMember();
  globalThis.fetch = api.fetch as unknown as typeof fetch;
});

function Layout() {
  useSessionExpiredRedirect();
  return <Stack screenOptions={{ headerShown: false }} />;
}

async function renderApp(): Promise<{ session: SessionManager; router: ReturnType<typeof renderRoutes> }> {
  const session = createSession(() => api.now);
  await session.start(api.openSession());
  const router = renderRoutes(
    { _layout: Layout, index: () => <Text>home</Text>, 'sign-in': SignInScreen },
    { session },
  );
  return { session, router };
}

describe('useSessionExpiredRedirect', () => {
  it('opens sign-in, saying why, when the refresh is refused', async () => {
    const { session, router } = await renderApp();
    api.revokeAllSessions();
    api.now += 16 * 60_000;

    await act(() => session.authorized(async () => 'never').catch(() => undefined));

    await waitFor(() => expect(router.getPathname()).toBe('/sign-in'));
    expect(screen.getByText('Oturumun sona erdi. Lütfen tekrar giriş yap.')).toBeOnTheScreen();
  });

  it('stays put when the member signs out on purpose', async () => {
    const { session, router } = await renderApp();

    await act(() => session.signOut());

    expect(router.getPathname()).toBe('/');
    expect(screen.getByText('home')).toBeOnTheScreen();
  });
});
