import { fireEvent, screen } from 'expo-router/testing-library';
import { registerForPush } from '@/features/notifications/register-for-push';
import { renderRoutes } from '@/test/render';
import { ProfileScreen } from './profile-screen';

jest.mock('@/features/notifications/register-for-push', () => ({ registerForPush: jest.fn() }));

describe('ProfileScreen', () => {
  it('switches the app to English and back', () => {
    renderRoutes({ index: ProfileScreen });
    expect(screen.getByText('Misafir olarak geziyorsun')).toBeOnTheScreen();

    fireEvent.press(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByText('You are browsing as a guest')).toBeOnTheScreen();

    fireEvent.press(screen.getByRole('radio', { name: 'Türkçe' }));
    expect(screen.getByText('Misafir olarak geziyorsun')).toBeOnTheScreen();
  });

  it('asks for notifications only when the button is pressed, and says what came of it', async () => {
    jest.mocked(registerForPush).mockResolvedValue({ status: 'denied' });
    renderRoutes({ index: ProfileScreen });
    expect(registerForPush).not.toHaveBeenCalled();

    fireEvent.press(screen.getByRole('button', { name: 'Bildirimleri aç' }));

    expect(
      await screen.findByText('Bildirim izni verilmedi. Telefonunun Ayarlar bölümünden açabilirsin.'),
    ).toBeOnTheScreen();
    expect(registerForPush).toHaveBeenCalledTimes(1);
  });
});
