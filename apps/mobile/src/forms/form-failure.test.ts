import { ApiError } from '@/api/api-error';
import { SignedOutError } from '@/features/auth/session-manager';
import type { MessageKey } from '@/i18n/tr';
import { translate } from '@/i18n/translate';
import { describeFailure, errorText, waitText } from './form-failure';

const tr = (key: MessageKey, params?: Record<string, string | number>) => translate('tr', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const fields = ['email', 'password'] as const;

describe('describeFailure', () => {
  it('puts each reason of a 400 next to its field, in the reader’s language', () => {
    const error = new ApiError('http', 'The request is not valid', {
      status: 400,
      code: 'VALIDATION_FAILED',
      fieldIssues: [
        { field: 'body.email', reason: 'must be an email address' },
        { field: 'body.password', reason: 'must be at least 10 characters' },
      ],
    });

    expect(describeFailure(error, fields, tr)).toEqual({
      formError: 'Lütfen işaretli alanları düzelt.',
      fieldErrors: { email: 'Geçerli bir e-posta adresi gir.', password: 'En az 10 karakter olmalı.' },
    });
    expect(describeFailure(error, fields, en).fieldErrors.password).toBe('Must be at least 10 characters.');
  });

  it('says reasons about fields the form does not have at the top of the form', () => {
    const error = new ApiError('http', 'The request is not valid', {
      status: 400,
      fieldIssues: [{ field: 'body.client', reason: 'must be web, admin or mobile' }],
    });

    expect(describeFailure(error, fields, tr)).toEqual({
      formError: 'Must be web, admin or mobile.',
      fieldErrors: {},
    });
  });

  it('prefers the form’s own words for a status', () => {
    const error = new ApiError('http', 'Email or password is incorrect', {
      status: 401,
      code: 'UNAUTHENTICATED',
    });

    expect(describeFailure(error, fields, tr, { 401: 'E-posta veya şifre hatalı.' }).formError).toBe(
      'E-posta veya şifre hatalı.',
    );
  });
});

describe('errorText', () => {
  it('gives the wait of a 429 from Retry-After, and a general one without it', () => {
    const limited = (retryAfterSeconds?: number) =>
      new ApiError('http', 'Too many attempts', { status: 429, code: 'RATE_LIMITED', retryAfterSeconds });

    expect(errorText(limited(45), tr)).toBe('Çok fazla deneme yapıldı. 45 saniye sonra tekrar dene.');
    expect(errorText(limited(600), en)).toBe('Too many attempts. Try again in 10 minutes.');
    expect(errorText(limited(), tr)).toBe('Çok fazla deneme yapıldı. Biraz bekleyip tekrar dene.');
  });

  it('tells network failures, ended sessions and server errors apart', () => {
    expect(errorText(new ApiError('network', 'offline'), tr)).toMatch(/^Sunucuya ulaşılamadı/);
    expect(errorText(new SignedOutError(), tr)).toMatch(/^Oturumun sona erdi/);
    expect(errorText(new ApiError('http', 'boom', { status: 500, code: 'INTERNAL' }), tr)).toBe(
      'Bir şeyler ters gitti. Biraz sonra tekrar dene.',
    );
  });
});

describe('waitText', () => {
  it('counts seconds up to a minute, then whole minutes rounded up', () => {
    expect(waitText(1, en)).toBe('1 second');
    expect(waitText(59, tr)).toBe('59 saniye');
    expect(waitText(60, en)).toBe('1 minute');
    expect(waitText(61, tr)).toBe('2 dakika');
  });
});
