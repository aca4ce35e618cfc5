import { fireEvent, screen, waitFor } from 'expo-router/testing-library';
import { FakeApi } from '@/test/fake-api';
import { createSession, renderRoutes } from '@/test/render';
import { SessionsScreen } from './sessions-screen';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi();
  api.addMember();
  globalThis.fetch = api.fetch as unknown as typeof fetch;
});

describe('SessionsScreen', () => {
  it('lists the devices, marks this one, and ends another', async () => {
    api.openSession('ayse@example.com', 'Chrome · Windows', 'web');
    const session = createSession(() => api.now);
    await session.start(api.openSession('ayse@example.com', 'iPhone · iOS 18'));
    renderRoutes({ 'account/sessions': SessionsScreen }, { initialUrl: '/account/sessions', session });

    expect(await screen.findByText('Chrome · Windows')).toBeOnTheScreen();
    expect(screen.getByText('iPhone · iOS 18')).toBeOnTheScreen();
    expect(screen.getByText('Bu cihaz')).toBeOnTheScreen();
    expect(screen.getByText('Web · 203.0.113.7')).toBeOnTheScreen();
    expect(screen.getAllByRole('button', { name: 'Oturumu kapat' })).toHaveLength(1); // not this device

    fireEvent.press(screen.getByRole('button', { name: 'Oturumu kapat' }));

    await waitFor(() => expect(screen.queryByText('Chrome · Windows')).not.toBeOnTheScreen());
    expect(
      api.calls.some((call) => call.method === 'DELETE' && call.path === '/v1/account/sessions/s1'),
    ).toBe(true);
    expect(api.liveSessions()).toBe(1);
  });
});
