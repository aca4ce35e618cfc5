import { tcknCheckDigits, trIbanCheckDigits } from '@tarodan/contracts';
import type { ListingGroup } from './listings.seed-data.js';

export type SellerSeed = {
  email: string;
  storeName: string;
  contactName: string;
  contactSurname: string;
  address: string;
  city: string;
  phone: string;
  /** First nine digits of a made-up TCKN; the check digits are computed. */
  tcknStem: string;
  /** 16-digit account part of a made-up Garanti BBVA IBAN; the check digits are computed. */
  account: string;
  /** What the seller mostly lists, with weights: a diecast collector, a LEGO shop... */
  focus: Partial<Record<ListingGroup, number>>;
  /** Share of the catalog, relative to the other sellers. */
  share: number;
};

/** Development sellers (accounts from `users.seed-data.ts`). Identifiers are valid-looking but invented. */
export const sellerSeeds: SellerSeed[] = [
  {
    email: 'mehmet@tarodan.test',
    storeName: 'Kaya Diecast',
    contactName: 'Mehmet',
    contactSurname: 'Kaya',
    address: 'Altıparmak Cad. No: 42 D: 3, Osmangazi',
    city: 'Bursa',
    phone: '0532 410 22 18',
    tcknStem: '348201957',
    account: '0000629581130042',
    focus: { diecast: 10, vintage: 1 },
    share: 16,
  },
  {
    email: 'ayse@tarodan.test',
    storeName: 'Ayşe’nin Oyuncak Sandığı',
    contactName: 'Ayşe',
    contactSurname: 'Yılmaz',
    address: 'Kıbrıs Şehitleri Cad. No: 118, Alsancak, Konak',
    city: 'İzmir',
    phone: '0533 281 40 67',
    tcknStem: '512639804',
    account: '0000629581130043',
    focus: { dolls: 5, plush: 4, lego: 2, vintage: 2 },
    share: 12,
  },
  {
    email: 'zeynep@tarodan.test',
    storeName: 'Zeynep Figür Dünyası',
    contactName: 'Zeynep',
    contactSurname: 'Şahin',
    address: 'Işıklar Cad. No: 7 Kat: 2, Muratpaşa',
    city: 'Antalya',
    phone: '0542 716 09 35',
    tcknStem: '275048163',
    account: '0000629581130044',
    focus: { figures: 8, cards: 3 },
    share: 14,
  },
  {
    email: 'can@tarodan.test',
    storeName: 'Can Model Tren',
    contactName: 'Can',
    contactSurname: 'Öztürk',
    address: 'İsmet İnönü Cad. No: 63, Tepebaşı',
    city: 'Eskişehir',
    phone: '0505 338 71 26',
    tcknStem: '619274035',
    account: '0000629581130045',
    focus: { trains: 8, kits: 2 },
    share: 11,
  },
  {
    email: 'burak@tarodan.test',
    storeName: 'Burak 1:18 Garaj',
    contactName: 'Burak',
    contactSurname: 'Demir',
    address: 'Tunalı Hilmi Cad. No: 88 D: 5, Çankaya',
    city: 'Ankara',
    phone: '0544 902 13 58',
    tcknStem: '437105829',
    account: '0000629581130046',
    focus: { diecast: 6, figures: 2, vintage: 1 },
    share: 12,
  },
  {
    email: 'elif@tarodan.test',
    storeName: 'Elif Tuğla & Koleksiyon',
    contactName: 'Elif',
    contactSurname: 'Arslan',
    address: 'Bağdat Cad. No: 301 D: 9, Kadıköy',
    city: 'İstanbul',
    phone: '0535 604 88 12',
    tcknStem: '183560472',
    account: '0000629581130047',
    focus: { lego: 7, vintage: 2, plush: 1 },
    share: 13,
  },
  {
    email: 'emre@tarodan.test',
    storeName: 'Emre Maket Atölyesi',
    contactName: 'Emre',
    contactSurname: 'Çelik',
    address: 'Hürriyet Cad. No: 19, İzmit',
    city: 'Kocaeli',
    phone: '0553 147 26 90',
    tcknStem: '726318490',
    account: '0000629581130048',
    focus: { kits: 8, trains: 1, diecast: 1 },
    share: 11,
  },
  {
    email: 'selin@tarodan.test',
    storeName: 'Selin Kart & Funko',
    contactName: 'Selin',
    contactSurname: 'Aydın',
    address: 'Moda Cad. No: 52 D: 4, Kadıköy',
    city: 'İstanbul',
    phone: '0536 275 90 41',
    tcknStem: '394817265',
    account: '0000629581130049',
    focus: { cards: 5, figures: 4, dolls: 1 },
    share: 11,
  },
];

export function tcknOf(seller: SellerSeed): string {
  return seller.tcknStem + tcknCheckDigits(seller.tcknStem);
}

/** Bank code 00062, the reserved 0, then the account. */
export function ibanOf(seller: SellerSeed): string {
  const bban = `000620${seller.account}`;
  return `TR${trIbanCheckDigits(bban)}${bban}`;
}
