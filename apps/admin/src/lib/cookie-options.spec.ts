import { describe, expect, it } from 'vitest';
import { hostnameOf, sessionCookieOptions, shouldUseSecureCookie } from './cookie-options';

describe('cookie options', () => {
  it('reads the host name without port, first value only', () => {
    expect(hostnameOf('admin.tarodan.com:443')).toBe('admin.tarodan.com');
    expect(hostnameOf('[::1]:3002')).toBe('::1');
    expect(hostnameOf('a.example, b.example')).toBe('a.example');
  });

  it('marks cookies Secure in production except on this machine (plain-HTTP e2e runs)', () => {
    expect(shouldUseSecureCookie('admin.tarodan.com', 'production')).toBe(true);
    expect(shouldUseSecureCookie('127.0.0.1:4002', 'production')).toBe(false);
    expect(shouldUseSecureCookie('admin.tarodan.com', 'development')).toBe(false);
  });

  it('keeps the session cookie httpOnly and Lax, expiring with the session', () => {
    expect(sessionCookieOptions('admin.tarodan.com', '2030-01-01T00:00:00.000Z')).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      expires: new Date('2030-01-01T00:00:00.000Z'),
    });
  });
});
