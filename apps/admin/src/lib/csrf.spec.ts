import { describe, expect, it } from 'vitest';
import { csrfTokensMatch } from './csrf';

const token = `${'A'.repeat(21)}_-${'b'.repeat(20)}`;

describe('csrfTokensMatch', () => {
  it('accepts the form token when it equals the cookie', () => {
    expect(csrfTokensMatch(token, token)).toBe(true);
  });

  it('refuses a missing, different or malformed token', () => {
    expect(csrfTokensMatch(token, null)).toBe(false);
    expect(csrfTokensMatch(token, '')).toBe(false);
    expect(csrfTokensMatch(token, `${token.slice(0, -1)}c`)).toBe(false);
    expect(csrfTokensMatch(undefined, token)).toBe(false);
    expect(csrfTokensMatch('short', 'short')).toBe(false);
  });
});
