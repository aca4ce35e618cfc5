import type {
  AttributeValues,
  ConditionGrade,
  CreateListing,
  PackagingState,
  ShippingPayer,
} from '@tarodan/contracts';
import type { ListingGroup, ProductEra, ProductSeed } from './listings.seed-data.js';
import { type SeedPhotoSpec, seedPhotoShapes } from './seed-photo.renderer.js';

// Turns the toys of `listings.seed-data.ts` into drafts as sellers write them: a condition and packaging that fit the
// toy's age, a price that follows them, Turkish description sentences, shipping terms. Deterministic: the same seed
// number always gives the same draft, so a second run tops a seller up with the drafts the first run did not make.

/** mulberry32: small, fast, good enough for picking seed data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return hash >>> 0;
}

export function pickWeighted<T extends string>(random: () => number, weights: Partial<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries.at(-1)![0];
}

const CONDITIONS: Record<ProductEra, Partial<Record<ConditionGrade, number>>> = {
  new: { mint: 42, near_mint: 34, very_good: 18, good: 6 },
  vintage: { near_mint: 8, very_good: 30, good: 34, played_with: 23, for_parts: 5 },
};

const PACKAGINGS: Record<ListingGroup | 'vintage-era', Partial<Record<PackagingState, number>>> = {
  diecast: { sealed: 55, box_damaged: 20, loose: 25 },
  figures: { sealed: 50, box_damaged: 20, loose: 30 },
  lego: { sealed: 55, box_damaged: 15, loose: 30 },
  trains: { sealed: 35, box_damaged: 45, loose: 20 },
  dolls: { sealed: 45, box_damaged: 25, loose: 30 },
  plush: { sealed: 20, box_damaged: 10, loose: 70 },
  kits: { sealed: 80, box_damaged: 20 },
  cards: { sealed: 30, loose: 70 },
  vintage: { box_damaged: 25, loose: 75 },
  'vintage-era': { sealed: 5, box_damaged: 30, loose: 65 },
};

/** Price multiplier against a near-mint copy. */
const CONDITION_PRICE: Record<ConditionGrade, number> = {
  mint: 1.15,
  near_mint: 1,
  very_good: 0.85,
  good: 0.7,
  played_with: 0.5,
  for_parts: 0.3,
};
const PACKAGING_PRICE: Record<PackagingState, number> = { sealed: 1.1, box_damaged: 0.9, loose: 0.8 };

const CONDITION_TEXT: Record<ConditionGrade, string[]> = {
  mint: ['Kusursuz durumda, hiç kullanılmadı.', 'Sıfır ayarında; tek bir çizik bile yok.'],
  near_mint: [
    'Neredeyse sıfır; yakından bakınca zor fark edilen çok küçük bir iz var.',
    'Vitrinde durdu, neredeyse kusursuz.',
  ],
  very_good: [
    'Çok iyi durumda; hafif kullanım izleri fotoğraflarda görülebilir.',
    'Çok iyi durumda, küçük bir iki iz dışında temiz.',
  ],
  good: [
    'İyi durumda; birkaç küçük çizik ve aşınma var, eksik parça yok.',
    'Yaşına göre iyi; ufak boya atıkları var, fotoğraflara bakınız.',
  ],
  played_with: [
    'Oynanmış; boyada ve köşelerde aşınmalar var. Restorasyon ya da diorama için uygun.',
    'Çocukken oynanmış, izleri belli; yine de sergilenebilir durumda.',
  ],
  for_parts: [
    'Parça olarak satılıyor: eksik ve kırık parçaları var, çalışması garanti edilmez.',
    'Yedek parça ya da restorasyon projesi için; olduğu gibi satılır.',
  ],
};

const PACKAGING_TEXT: Record<PackagingState, string[]> = {
  sealed: ['Ambalajı hiç açılmadı.', 'Orijinal ambalajında, açılmamış halde.'],
  box_damaged: [
    'Ambalajın köşelerinde ezilme var, ürünün kendisi sağlam.',
    'Kutu yıpranmış ama yırtık yok; ürün temiz.',
  ],
  loose: ['Kutusuz (loose) gönderilecektir.', 'Ambalajı yok, ürün tek başına gönderilir.'],
};

const SIGN_OFFS = [
  'Sigara içilmeyen, evcil hayvan olmayan evden.',
  'Koleksiyonumu küçülttüğüm için satıyorum.',
  'Birden fazla ürün alana kargo birleştirilir.',
  'Soru sormaktan çekinmeyin, ek fotoğraf gönderebilirim.',
  'Uzun süredir koleksiyonumdaydı, iyi bir koleksiyoncuya gitsin istiyorum.',
  'Alıcı onayına kadar ödeme TARODAN güvencesinde kalır.',
];

const PACKING_TEXT = [
  'Balonlu naylon ve sağlam koli ile paketlenir.',
  'Çift katlı koli ve bol dolgu ile özenle paketlenir.',
  'Kutusu ezilmesin diye ekstra kolide gönderilir.',
];

/** Words in a note that describe the box: they would contradict a loose copy, so such a copy skips the note. */
const BOX_WORDS = /kutu|kart[ıi]|blister|jelatin|poşet|köpü|ambalaj|kılıf|plaket/i;

export interface DraftPlan {
  input: Omit<CreateListing, 'categoryId' | 'brandId' | 'photoIds'>;
  product: ProductSeed;
  /** 1–4 photos: the cover and other views of the same toy. */
  photos: SeedPhotoSpec[];
}

/** One listing of `product`, as the seller with this random source writes it. */
export function draftListing(product: ProductSeed, random: () => number): DraftPlan {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const condition = pickWeighted(random, CONDITIONS[product.era]);
  const packagingWeights =
    product.era === 'vintage' && product.group !== 'vintage'
      ? PACKAGINGS['vintage-era']
      : PACKAGINGS[product.group];
  const allowed = product.packaging ?? (Object.keys(packagingWeights) as PackagingState[]);
  const packaging = pickWeighted(
    random,
    Object.fromEntries(allowed.map((p) => [p, packagingWeights[p] ?? 10])) as Record<PackagingState, number>,
  );
  const [low, high] = product.price;
  const base = low + (high - low) * random();
  const priceKurus = nicePriceKurus(
    base * CONDITION_PRICE[condition] * PACKAGING_PRICE[packaging] * (0.92 + 0.16 * random()),
    random,
  );
  const shippingPayer: ShippingPayer = priceKurus > 300_000 || random() < 0.35 ? 'seller' : 'buyer';
  const acceptsOffers = random() < (priceKurus > 100_000 ? 0.55 : 0.3);
  const quantity =
    product.era === 'new' && packaging === 'sealed' && random() < 0.12 ? 2 + Math.floor(random() * 2) : 1;
  const shipsWithinDays = pick([1, 1, 2, 2, 2, 3, 3, 5]);

  const note = packaging === 'loose' && BOX_WORDS.test(product.note) ? null : product.note;
  const sentences = [
    condition === 'for_parts' ? null : note,
    pick(CONDITION_TEXT[condition]),
    pick(PACKAGING_TEXT[packaging]),
    quantity > 1 ? `Stokta ${quantity} adet var.` : null,
    pick(PACKING_TEXT),
    `${shipsWithinDays === 1 ? 'Ertesi iş günü' : `${shipsWithinDays} iş günü içinde`} kargoya verilir.`,
    acceptsOffers ? 'Makul teklifler değerlendirilir.' : null,
    random() < 0.6 ? pick(SIGN_OFFS) : null,
  ];
  const attributes: AttributeValues = { ...product.attributes };
  if (random() < 0.02 && product.group !== 'lego') attributes.error_variation = true;

  return {
    product,
    input: {
      title: titleFor(product, packaging, random),
      description: sentences.filter((s): s is string => s !== null).join(' '),
      condition,
      packaging,
      authenticity: 'original',
      attributes,
      priceKurus,
      quantity,
      acceptsOffers,
      shippingPayer,
      shippingFeeKurus: shippingPayer === 'seller' ? 0 : pick([6990, 7990, 8990, 9990, 12990]),
      shipsWithinDays,
    },
    photos: photoPlan(product, random),
  };
}

function titleFor(product: ProductSeed, packaging: PackagingState, random: () => number): string {
  const remark =
    random() < 0.35
      ? { sealed: ' – Açılmamış', box_damaged: ' – Kutulu', loose: ' (Kutusuz)' }[packaging]
      : '';
  const title =
    product.title.includes('Loose') && packaging !== 'loose' ? product.title : product.title + remark;
  return title.length <= 120 ? title : product.title.slice(0, 120);
}

/** Sellers' prices: 45, 85, 240, 1.250, 3.499, 12.500 TRY; now and then with 90 kuruş. */
function nicePriceKurus(tl: number, random: () => number): number {
  let rounded: number;
  if (tl < 200) rounded = Math.max(5, Math.round(tl / 5) * 5);
  else if (tl < 2000) rounded = Math.round(tl / 10) * 10 - (random() < 0.3 ? 1 : 0);
  else if (tl < 10_000) rounded = Math.round(tl / 50) * 50 - (random() < 0.25 ? 1 : 0);
  else rounded = Math.round(tl / 250) * 250;
  const kurus = rounded * 100;
  return tl < 2000 && random() < 0.1 ? kurus - 10 : kurus;
}

/**
 * The cover first; more photos are other views of the same toy. Most sellers add one or two. Each kind of toy has
 * three palettes and a brand keeps to one of them, so the photos come from a small pool of scenes.
 */
function photoPlan(product: ProductSeed, random: () => number): SeedPhotoSpec[] {
  const count = pickWeighted(random, { '1': 36, '2': 34, '3': 20, '4': 10 });
  const palette =
    seedPhotoShapes.indexOf(product.shape) * 5 + (hashString(product.brand ?? product.category) % 3);
  return Array.from({ length: Number(count) }, (_, view) => ({
    shape: product.shape,
    palette,
    brand: product.brand ?? 'Koleksiyon',
    model: photoSubject(product),
    caption: product.line,
    view,
  }));
}

/** What the photo names: the casting or locomotive, the character, else the title without the brand. */
function photoSubject(product: ProductSeed): string {
  const { model, character } = product.attributes;
  if (typeof model === 'string' && product.group !== 'vintage') return model;
  if (typeof character === 'string') return character;
  const title =
    product.brand && product.title.startsWith(product.brand)
      ? product.title.slice(product.brand.length)
      : product.title;
  const subject = title.replace(/\s*\(.*\)\s*$/, '').trim();
  return subject.length <= 42 ? subject : `${subject.slice(0, 41).trimEnd()}…`;
}
