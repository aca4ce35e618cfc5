import { fireEvent, screen } from 'expo-router/testing-library';
import { error, FakeApi } from '@/test/fake-api';
import { createSession, renderRoutes } from '@/test/render';
import { EditProfileScreen } from './edit-profile-screen';

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi();
  api.addMember({ mobile: '+905321234567' });
  globalThis.fetch = api.fetch as unknown as typeof fetch;
});

async function renderEditor() {
  const session = createSession(() => api.now);
  await session.start(api.openSession());
  renderRoutes({ 'account/edit': EditProfileScreen }, { initialUrl: '/account/edit', session });
  return screen.findByDisplayValue('Ayşe Yılmaz');
}

describe('EditProfileScreen', () => {
  it('starts from the account and saves the changes with PATCH /v1/account/profile', async () => {
    await renderEditor();
    expect(screen.getByDisplayValue('İzmir')).toBeOnTheScreen();
    expect(screen.getByDisplayValue('0532 123 45 67')).toBeOnTheScreen();

    fireEvent.changeText(screen.getByLabelText('Şehir'), 'Eskişehir');
    fireEvent.changeText(screen.getByLabelText('Hakkımda'), '');
    fireEvent.changeText(screen.getByLabelText('Cep telefonu'), '');
    fireEvent.press(screen.getByRole('button', { name: 'Kaydet' }));

    expect(await screen.findByText('Profilin kaydedildi.')).toBeOnTheScreen();
    const patch = api.calls.find((call) => call.method === 'PATCH')!;
    expect(patch.path).toBe('/v1/account/profile');
    expect(patch.body).toEqual({ displayName: 'Ayşe Yılmaz', city: 'Eskişehir', bio: null, mobile: null });
  });

  it('shows the API’s reasons next to the fields', async () => {
    api.plan(
      'PATCH /v1/account/profile',
      error(400, 'VALIDATION_FAILED', 'The request is not valid', [
        { field: 'body.displayName', reason: 'is already taken' },
      ]),
    );
    await renderEditor();

    fireEvent.press(screen.getByRole('button', { name: 'Kaydet' }));

    expect(await screen.findByText('Is already taken.')).toBeOnTheScreen();
    expect(screen.queryByText('Profilin kaydedildi.')).not.toBeOnTheScreen();
  });
});
