import { fireEvent, screen, waitFor } from 'expo-router/testing-library';
import { buildCategory } from '@/test/category-factory';
import { jsonResponse, renderRoutes } from '@/test/render';
import { HomeScreen } from './home-screen';

const fetchMock = jest.fn<Promise<Response>, [string, RequestInit?]>();

beforeEach(() => {
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

function categoryTree() {
  const diecast = buildCategory({
    slug: 'diecast-araclar',
    name: 'Diecast Araçlar',
    icon: 'car',
    position: 1,
  });
  return [
    buildCategory({
      ...diecast,
      children: [
        buildCategory({ parentId: diecast.id, name: 'Hot Wheels' }),
        buildCategory({ parentId: diecast.id, name: 'Matchbox' }),
        buildCategory({ parentId: diecast.id, name: 'Tomica' }),
      ],
    }),
    buildCategory({ slug: 'model-trenler', name: 'Model Trenler', icon: 'train', position: 2 }),
  ];
}

const renderHome = (locale: 'tr' | 'en' = 'tr') =>
  renderRoutes({ index: HomeScreen, search: () => null }, { locale });

describe('HomeScreen', () => {
  it('lists the categories from the API with their subcategory counts', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ items: categoryTree() }));

    renderHome();

    expect(screen.getByTestId('categories-skeleton')).toBeOnTheScreen();
    expect(await screen.findByText('Diecast Araçlar')).toBeOnTheScreen();
    expect(screen.getByText('Model Trenler')).toBeOnTheScreen();
    expect(screen.getByText('3 alt kategori')).toBeOnTheScreen();
    expect(screen.getByText('Alt kategori yok')).toBeOnTheScreen();
    expect(screen.queryByTestId('categories-skeleton')).not.toBeOnTheScreen();
  });

  it('asks the API for the categories in the reader’s language', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ items: [] }));

    renderHome('en');

    await screen.findByText('No categories yet');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:3001/v1/categories?locale=en');
    expect(init?.headers).toMatchObject({ 'Accept-Language': 'en' });
  });

  it('shows the empty state when there are no categories, with a way to look again', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse({ items: [] }))
      .mockResolvedValueOnce(jsonResponse({ items: categoryTree() }));

    renderHome();

    expect(await screen.findByText('Henüz kategori yok')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Yenile' }));
    expect(await screen.findByText('Model Trenler')).toBeOnTheScreen();
  });

  it('shows the error state when the API cannot be reached, and tries again on retry', async () => {
    fetchMock
      .mockRejectedValueOnce(new TypeError('Network request failed'))
      .mockResolvedValueOnce(jsonResponse({ items: categoryTree() }));

    renderHome();

    expect(await screen.findByText('Bağlantı kurulamadı.')).toBeOnTheScreen();
    fireEvent.press(screen.getByRole('button', { name: 'Tekrar dene' }));

    expect(await screen.findByText('Diecast Araçlar')).toBeOnTheScreen();
    expect(screen.queryByText('Bağlantı kurulamadı.')).not.toBeOnTheScreen();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('treats a body that breaks the contract as an error, not as data', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ items: [{ id: 'not-a-uuid', name: 'Bozuk' }] }));

    renderHome();

    expect(await screen.findByTestId('categories-error')).toBeOnTheScreen();
    expect(screen.queryByText('Bozuk')).not.toBeOnTheScreen();
  });

  it('shows the error state when the API answers with an error', async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Bakımda', requestId: 'r1' } }, 503),
    );

    renderHome();

    expect(await screen.findByTestId('categories-error')).toBeOnTheScreen();
  });

  it('opens the search tab filtered by the tapped category', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse({ items: categoryTree() }));

    const router = renderHome();

    fireEvent.press(await screen.findByTestId('category-card-diecast-araclar'));

    await waitFor(() => expect(router.getPathname()).toBe('/search'));
    expect(router.getSearchParams()).toMatchObject({ category: 'diecast-araclar' });
  });
});
