import { randomInt } from 'node:crypto';
import { tcknCheckDigits, trIbanCheckDigits, vknCheckDigit } from '@tarodan/contracts';

// Valid Turkish identifiers nobody else uses: test files share one database, and identities are unique there.

const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join('');

export function newTckn(): string {
  const firstNine = `${randomInt(1, 10)}${digits(8)}`;
  return firstNine + tcknCheckDigits(firstNine);
}

export function newVkn(): string {
  const firstNine = digits(9);
  return firstNine + vknCheckDigit(firstNine);
}

/** A valid TR IBAN: bank code, the reserved 0, a 16-digit account. */
export function newIban(): string {
  const bban = `${digits(5)}0${digits(16)}`;
  return `TR${trIbanCheckDigits(bban)}${bban}`;
}

/** A valid individual (PERSONAL) seller onboarding request. */
export function personalOnboarding(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'PERSONAL',
    storeName: 'Ayşe’nin Oyuncakları',
    contactName: 'Ayşe',
    contactSurname: 'Yılmaz',
    iban: newIban(),
    address: 'Caferağa Mah. Moda Cad. No:12 Kadıköy',
    city: 'İstanbul',
    phone: '0532 123 45 67',
    identityNumber: newTckn(),
    ...overrides,
  };
}
