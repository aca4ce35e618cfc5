import { blindIndex } from './field-cipher.js';

/** Keyed hash of a personal field, for equality lookups without decrypting (e.g. "is this TCKN already a seller?"). */
export class BlindIndex {
  constructor(private readonly secret: string) {}

  of(value: string): string {
    return blindIndex(value, this.secret);
  }
}
