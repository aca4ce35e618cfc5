import { containsContact, type ModerationFinding, slugify } from '@tarodan/contracts';

/**
 * Words that send a listing to a moderator: counterfeit claims, weapons, and attempts to take the payment off the
 * platform (where buyers lose the escrow's protection). Matched on folded words (ş→s, ı→i, lowercase), so
 * "ÇAKMA" and "cakma" both match; phrases are folded words joined by dashes.
 */
export const BANNED_TERMS: readonly string[] = [
  'cakma',
  'sahte',
  'fake',
  'counterfeit',
  'bootleg',
  'silah',
  'tabanca',
  'mermi',
  'firearm',
  'whatsapp',
  'telegram',
  'havale',
  'eft',
  'elden-odeme',
  'western-union',
  'papara',
  'iban',
];

/** A price below 10% or above 20× the category median is suspicious, once there are enough listings to compare. */
export const PRICE_SANITY = { minSample: 5, lowRatio: 0.1, highRatio: 20 } as const;

export interface ListingText {
  title: string;
  description: string;
  priceKurus: number;
}

/** The category's median active price and how many listings it was computed from. */
export interface PriceReference {
  medianKurus: number;
  sample: number;
}

const MESSAGES = {
  banned_word: (term: string) =>
    `"${term}" ifadesi incelemeye takılır / the term "${term}" needs a moderator's review`,
  phone_number: () =>
    'Telefon numarası paylaşılamaz, alıcılar mesajla ulaşır / phone numbers are not allowed, buyers use messages',
  iban: () =>
    'IBAN paylaşılamaz, ödeme TARODAN üzerinden yapılır / IBANs are not allowed, payment goes through TARODAN',
  email_address: () => 'E-posta adresi paylaşılamaz / e-mail addresses are not allowed',
  price_too_low: () =>
    'Fiyat bu kategorideki benzer ilanlara göre çok düşük / the price is far below similar listings in this category',
  price_too_high: () =>
    'Fiyat bu kategorideki benzer ilanlara göre çok yüksek / the price is far above similar listings in this category',
} as const;

/** The automatic checks run at publish and on edits of a live listing. No findings: it may go live at once. */
export function checkListing(listing: ListingText, price: PriceReference | null): ModerationFinding[] {
  const findings: ModerationFinding[] = [];
  for (const field of ['title', 'description'] as const) {
    const text = listing[field];
    const term = bannedTermIn(text);
    if (term) findings.push({ rule: 'banned_word', field, message: MESSAGES.banned_word(term) });
    for (const rule of ['phone_number', 'iban', 'email_address'] as const) {
      if (containsContact(text, rule)) findings.push({ rule, field, message: MESSAGES[rule]() });
    }
  }
  if (price && price.sample >= PRICE_SANITY.minSample && price.medianKurus > 0) {
    const ratio = listing.priceKurus / price.medianKurus;
    if (ratio < PRICE_SANITY.lowRatio) {
      findings.push({ rule: 'price_too_low', field: 'priceKurus', message: MESSAGES.price_too_low() });
    } else if (ratio > PRICE_SANITY.highRatio) {
      findings.push({ rule: 'price_too_high', field: 'priceKurus', message: MESSAGES.price_too_high() });
    }
  }
  return findings;
}

function bannedTermIn(text: string): string | null {
  const folded = `-${slugify(text)}-`;
  return BANNED_TERMS.find((term) => folded.includes(`-${term}-`)) ?? null;
}
