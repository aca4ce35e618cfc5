import { LEGAL_VERSIONS } from '@tarodan/contracts';
import * as Linking from 'expo-linking';
import { fireEvent, screen, waitFor } from 'expo-router/testing-library';
import { error, FakeApi } from '@/test/fake-api';
import { renderRoutes } from '@/test/render';
import { CheckEmailScreen } from './check-email-screen';
import { RegisterScreen } from './register-screen';

jest.mock('expo-linking', () => ({ ...jest.requireActual('expo-linking'), openURL: jest.fn() }));

let api: FakeApi;

beforeEach(() => {
  api = new FakeApi();
  globalThis.fetch = api.fetch as unknown as typeof fetch;
});

const renderRegister = () =>
  renderRoutes(
    { register: RegisterScreen, 'check-email': CheckEmailScreen, 'sign-in': () => null },
    { initialUrl: '/register' },
  );

function fillIn() {
  fireEvent.changeText(screen.getByLabelText('Görünen ad'), 'Mert Kaya');
  fireEvent.changeText(screen.getByLabelText('E-posta'), 'mert@example.com');
  fireEvent.changeText(screen.getByLabelText('Şifre'), 'matchbox-1969');
  fireEvent.changeText(screen.getByLabelText('Cep telefonu'), '0532 123 45 67');
}

const submit = () => fireEvent.press(screen.getByRole('button', { name: 'Üye ol' }));
const tick = (name: RegExp) => fireEvent.press(screen.getByRole('checkbox', { name }));

describe('RegisterScreen', () => {
  it('does not send the form until both the terms and the KVKK notice are ticked', async () => {
    renderRegister();
    fillIn();

    submit();
    expect(await screen.findAllByText('Devam etmek için onaylaman gerekiyor.')).toHaveLength(2);

    tick(/Kullanım Koşulları/);
    submit();
    expect(await screen.findAllByText('Devam etmek için onaylaman gerekiyor.')).toHaveLength(1);
    expect(api.calls).toHaveLength(0);

    tick(/KVKK Aydınlatma Metni/);
    submit();

    expect(await screen.findByText('E-postanı kontrol et')).toBeOnTheScreen();
    expect(
      screen.getByText(/mert@example.com adresine bir doğrulama bağlantısı gönderdik/),
    ).toBeOnTheScreen();
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]).toMatchObject({
      method: 'POST',
      path: '/v1/auth/register',
      body: {
        displayName: 'Mert Kaya',
        email: 'mert@example.com',
        password: 'matchbox-1969',
        mobile: '+905321234567',
        acceptTerms: true,
        acceptPrivacyNotice: true,
        termsVersion: LEGAL_VERSIONS.terms,
        privacyNoticeVersion: LEGAL_VERSIONS.privacyNotice,
        marketingOptIn: false,
      },
    });
  });

  it('sends the marketing consent only when it is ticked', async () => {
    renderRegister();
    fillIn();
    tick(/Kullanım Koşulları/);
    tick(/KVKK Aydınlatma Metni/);
    tick(/Kampanya ve yeniliklerden/);

    submit();

    await screen.findByText('E-postanı kontrol et');
    expect(api.calls[0]!.body).toMatchObject({ marketingOptIn: true });
  });

  it('shows the problems the API finds next to their fields', async () => {
    api.plan(
      'POST /v1/auth/register',
      error(400, 'VALIDATION_FAILED', 'The request is not valid', [
        { field: 'body.password', reason: 'appears in a list of leaked passwords' },
      ]),
    );
    const router = renderRegister();
    fillIn();
    tick(/Kullanım Koşulları/);
    tick(/KVKK Aydınlatma Metni/);

    submit();

    expect(await screen.findByText('Appears in a list of leaked passwords.')).toBeOnTheScreen();
    expect(router.getPathname()).toBe('/register');
  });

  it('checks the fields on the device first, in the words of the contracts', async () => {
    renderRegister();
    fireEvent.changeText(screen.getByLabelText('Cep telefonu'), '0212 123 45 67');

    submit();

    expect(await screen.findByText('En az 2 karakter olmalı.')).toBeOnTheScreen();
    expect(screen.getByText('Geçerli bir e-posta adresi gir.')).toBeOnTheScreen();
    expect(screen.getByText('En az 10 karakter olmalı.')).toBeOnTheScreen();
    expect(screen.getByText('Türkiye’deki cep numaraları 5 ile başlar (5xx xxx xx xx).')).toBeOnTheScreen();
    expect(api.calls).toHaveLength(0);
  });

  it('opens the KVKK aydınlatma metni on the website', () => {
    renderRegister();

    fireEvent.press(screen.getByRole('button', { name: 'Aydınlatma Metni’ni oku' }));

    expect(Linking.openURL).toHaveBeenCalledWith('http://127.0.0.1:3000/kvkk');
  });

  it('can send the verification link again from the check-your-email screen', async () => {
    const router = renderRoutes(
      { 'check-email': CheckEmailScreen, 'sign-in': () => null },
      { initialUrl: '/check-email?email=mert%40example.com' },
    );

    fireEvent.press(screen.getByRole('button', { name: 'Bağlantıyı tekrar gönder' }));

    expect(await screen.findByText('Yeni bir bağlantı gönderdik.')).toBeOnTheScreen();
    expect(api.calls[0]).toMatchObject({
      path: '/v1/auth/resend-verification',
      body: { email: 'mert@example.com' },
    });

    fireEvent.press(screen.getByRole('button', { name: 'Giriş yap' }));
    await waitFor(() => expect(router.getPathname()).toBe('/sign-in'));
  });
});
