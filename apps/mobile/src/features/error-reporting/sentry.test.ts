import * as Sentry from '@sentry/react-native';
import { initSentry } from './sentry';

jest.mock('@sentry/react-native', () => ({ init: jest.fn() }));

const init = Sentry.init as jest.Mock;

describe('initSentry', () => {
  it('stays off without a DSN', () => {
    expect(initSentry({})).toBe(false);
    expect(initSentry({ EXPO_PUBLIC_SENTRY_DSN: '  ' })).toBe(false);
    expect(init).not.toHaveBeenCalled();
  });

  it('starts with the DSN, the git SHA as release, no default PII, and a scrubbing beforeSend', () => {
    expect(
      initSentry({
        EXPO_PUBLIC_SENTRY_DSN: 'https://key@o1.ingest.sentry.io/3',
        EXPO_PUBLIC_GIT_SHA: 'abc1234',
        EXPO_PUBLIC_SENTRY_ENVIRONMENT: 'staging',
      }),
    ).toBe(true);
    expect(init).toHaveBeenCalledTimes(1);
    const options = init.mock.calls[0][0];
    expect(options).toMatchObject({
      dsn: 'https://key@o1.ingest.sentry.io/3',
      release: 'abc1234',
      environment: 'staging',
      sendDefaultPii: false,
    });
    const event = options.beforeSend({
      message: 'TCKN 10000000146 for ayse@example.com',
      user: { id: 'u_1', email: 'ayse@example.com', ip_address: '10.0.0.1' },
    });
    expect(event).toEqual({ message: 'TCKN [TCKN] for [email]', user: { id: 'u_1' } });
  });
});
