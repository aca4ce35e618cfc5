import { describe, expect, it } from 'vitest';
import { groupSecret, initials } from './utils';

describe('groupSecret', () => {
  it('shows a TOTP secret in groups of four for typing by hand', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last names, Turkish upper case', () => {
    expect(initials('ayşe yılmaz')).toBe('AY');
    expect(initials('i̇brahim')).toBe('İ');
  });
});
