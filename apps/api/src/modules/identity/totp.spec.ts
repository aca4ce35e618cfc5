import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, matchTotp, newTotpSecret, totpCode, totpUri } from './totp.js';

// RFC 6238 appendix B, SHA-1, secret "12345678901234567890", truncated to 6 digits.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors', () => {
    expect(totpCode(RFC_SECRET, Math.floor(59 / 30))).toBe('287082');
    expect(totpCode(RFC_SECRET, Math.floor(1111111109 / 30))).toBe('081804');
    expect(totpCode(RFC_SECRET, Math.floor(2000000000 / 30))).toBe('279037');
  });

  it('accepts the current code and one step of drift, and says which step matched', () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(matchTotp(secret, totpCode(secret, step), now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, step - 1), now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, step - 3), now)).toBeNull();
    expect(matchTotp(secret, '12345', now)).toBeNull();
  });

  it('round-trips base32 and builds an otpauth URI with the issuer', () => {
    const bytes = Buffer.from('tarodan-secret-bytes');
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(totpUri('ABC', 'admin@tarodan.test')).toBe(
      'otpauth://totp/TARODAN%3Aadmin%40tarodan.test?secret=ABC&issuer=TARODAN&algorithm=SHA1&digits=6&period=30',
    );
  });
});
