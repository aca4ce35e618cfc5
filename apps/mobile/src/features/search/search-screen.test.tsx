import { fireEvent, screen } from 'expo-router/testing-library';
import { renderRoutes } from '@/test/render';
import { SearchScreen } from './search-screen';

describe('SearchScreen', () => {
  it('shows the category the person came from and drops it on request', () => {
    renderRoutes(
      { index: () => null, search: SearchScreen },
      { initialUrl: '/search?category=diecast-araclar&categoryName=Diecast%20Ara%C3%A7lar' },
    );

    expect(screen.getByText('Kategori: Diecast Araçlar')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Kategori filtresini kaldır' }));
    expect(screen.queryByText('Kategori: Diecast Araçlar')).not.toBeOnTheScreen();
  });

  it('fills the search with a popular term and says results are coming', () => {
    renderRoutes({ index: () => null, search: SearchScreen }, { initialUrl: '/search' });

    fireEvent.press(screen.getByRole('button', { name: 'Hot Wheels' }));

    expect(screen.getByDisplayValue('Hot Wheels')).toBeOnTheScreen();
    expect(screen.getByText('“Hot Wheels” için sonuçlar yakında burada listelenecek.')).toBeOnTheScreen();
  });
});
