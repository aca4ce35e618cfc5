import { fireEvent, screen, waitFor } from 'expo-router/testing-library';
import { Text } from 'react-native';
import { renderRoutes } from '@/test/render';
import { TabLayout } from './tab-layout';

const page = (name: string) => () => <Text>{`page:${name}`}</Text>;

const routes = {
  '(tabs)/_layout': TabLayout,
  '(tabs)/index': page('home'),
  '(tabs)/search': page('search'),
  '(tabs)/sell': page('sell'),
  '(tabs)/inbox': page('inbox'),
  '(tabs)/profile': page('profile'),
};

describe('TabLayout', () => {
  it('has the five tabs with Turkish labels, in order', () => {
    renderRoutes(routes);

    const labels = screen.getAllByRole('button').map((tab) => tab.props.accessibilityLabel);
    expect(labels).toEqual(['Ana Sayfa', 'Ara', 'Sat', 'Mesajlar', 'Profil']);
    for (const label of ['Ana Sayfa', 'Ara', 'Sat', 'Mesajlar', 'Profil']) {
      expect(screen.getByText(label)).toBeOnTheScreen();
    }
  });

  it('labels the tabs in English for English readers', () => {
    renderRoutes(routes, { locale: 'en' });

    for (const label of ['Home', 'Search', 'Sell', 'Inbox', 'Profile']) {
      expect(screen.getByText(label)).toBeOnTheScreen();
    }
  });

  it('opens a tab when it is pressed', async () => {
    const router = renderRoutes(routes);

    fireEvent.press(screen.getByTestId('tab-inbox'));

    await waitFor(() => expect(router.getPathname()).toBe('/inbox'));
    expect(screen.getByText('page:inbox')).toBeOnTheScreen();
  });
});
