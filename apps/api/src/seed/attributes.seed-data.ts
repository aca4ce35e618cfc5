import type { AttributeOption, AttributeType } from '@tarodan/contracts';

export type AttributeSeed = {
  key: string;
  type: AttributeType;
  labelTr: string;
  labelEn: string;
  options?: AttributeOption[];
  min?: number;
  max?: number;
  unit?: string;
  maxLength?: number;
  isFlag?: boolean;
};

const option = (value: string, labelTr: string, labelEn = labelTr): AttributeOption => ({
  value,
  labelTr,
  labelEn,
});

const scales = [
  '1:8',
  '1:12',
  '1:18',
  '1:24',
  '1:32',
  '1:35',
  '1:43',
  '1:48',
  '1:50',
  '1:60',
  '1:64',
  '1:72',
];
const smallScales = ['1:76', '1:87', '1:100', '1:144', '1:160', '1:220'];

const flag = (key: string, labelTr: string, labelEn: string): AttributeSeed => ({
  key,
  type: 'boolean',
  labelTr,
  labelEn,
  isFlag: true,
});

/** The collectible attributes admins can attach to categories (`GET /admin/v1/attributes`). Keys never change. */
export const attributeSeeds: AttributeSeed[] = [
  {
    key: 'scale',
    type: 'enum',
    labelTr: 'Ölçek',
    labelEn: 'Scale',
    options: [...scales, ...smallScales].map((scale) => option(scale, scale)),
  },
  {
    key: 'gauge',
    type: 'enum',
    labelTr: 'Ölçek (ray)',
    labelEn: 'Gauge',
    options: [
      option('h0', 'H0 (1:87)'),
      option('n', 'N (1:160)'),
      option('z', 'Z (1:220)'),
      option('tt', 'TT (1:120)'),
      option('0', '0 (1:45)'),
      option('1', '1 (1:32)'),
      option('g', 'G (1:22,5)', 'G (1:22.5)'),
    ],
  },
  {
    key: 'epoch',
    type: 'enum',
    labelTr: 'Dönem (Epoche)',
    labelEn: 'Era (Epoch)',
    options: ['I', 'II', 'III', 'IV', 'V', 'VI'].map((era) =>
      option(era.toLowerCase(), `Epoche ${era}`, `Epoch ${era}`),
    ),
  },
  { key: 'series', type: 'text', labelTr: 'Seri / Tema', labelEn: 'Series / line', maxLength: 80 },
  { key: 'model', type: 'text', labelTr: 'Model / Kalıp', labelEn: 'Model / casting', maxLength: 80 },
  { key: 'character', type: 'text', labelTr: 'Karakter', labelEn: 'Character', maxLength: 80 },
  { key: 'color', type: 'text', labelTr: 'Renk', labelEn: 'Colour', maxLength: 40 },
  {
    key: 'production_year',
    type: 'number',
    labelTr: 'Üretim yılı',
    labelEn: 'Production year',
    min: 1900,
    max: 2030,
  },
  {
    key: 'material',
    type: 'enum',
    labelTr: 'Malzeme',
    labelEn: 'Material',
    options: [
      option('diecast', 'Metal döküm (diecast)', 'Diecast metal'),
      option('plastic', 'Plastik', 'Plastic'),
      option('resin', 'Reçine', 'Resin'),
      option('vinyl', 'Vinil', 'Vinyl'),
      option('wood', 'Ahşap', 'Wood'),
      option('tinplate', 'Teneke', 'Tinplate'),
      option('porcelain', 'Porselen', 'Porcelain'),
      option('fabric', 'Kumaş / peluş', 'Fabric / plush'),
      option('cardboard', 'Karton', 'Cardboard'),
    ],
  },
  { key: 'set_number', type: 'text', labelTr: 'Set numarası', labelEn: 'Set number', maxLength: 20 },
  { key: 'piece_count', type: 'number', labelTr: 'Parça sayısı', labelEn: 'Piece count', min: 1, max: 20000 },
  { key: 'kit_number', type: 'text', labelTr: 'Kit numarası', labelEn: 'Kit number', maxLength: 20 },
  { key: 'height_cm', type: 'number', labelTr: 'Boy', labelEn: 'Height', min: 1, max: 300, unit: 'cm' },
  { key: 'card_number', type: 'text', labelTr: 'Kart numarası', labelEn: 'Card number', maxLength: 20 },
  { key: 'grade', type: 'number', labelTr: 'Derece (PSA/BGS)', labelEn: 'Grade (PSA/BGS)', min: 1, max: 10 },
  { key: 'digital', type: 'boolean', labelTr: 'Dijital (DCC/mfx)', labelEn: 'Digital (DCC/mfx)' },
  flag('limited_edition', 'Sınırlı üretim', 'Limited edition'),
  flag('treasure_hunt', 'Treasure Hunt', 'Treasure Hunt'),
  flag('super_treasure_hunt', 'Süper Treasure Hunt', 'Super Treasure Hunt'),
  flag('chase', 'Chase', 'Chase'),
  flag('error_variation', 'Hatalı üretim', 'Error variation'),
  flag('first_edition', 'İlk baskı', 'First edition'),
];

/**
 * Each top-level category's own attribute set, in display order; subcategories inherit it. A `!` marks an attribute
 * every listing of the category must state before it is published.
 */
export const categoryAttributeSeeds: Record<string, string[]> = {
  'diecast-arabalar': [
    'scale!',
    'series',
    'model',
    'production_year',
    'color',
    'material',
    'treasure_hunt',
    'super_treasure_hunt',
    'chase',
    'limited_edition',
    'error_variation',
    'first_edition',
  ],
  'aksiyon-figurleri': [
    'series',
    'character',
    'production_year',
    'height_cm',
    'material',
    'limited_edition',
    'chase',
    'first_edition',
    'error_variation',
  ],
  'lego-ve-yapi-setleri': ['set_number!', 'series', 'piece_count', 'production_year', 'limited_edition'],
  'model-trenler': ['gauge!', 'model', 'series', 'epoch', 'digital', 'production_year', 'limited_edition'],
  'oyuncak-bebekler': [
    'series',
    'character',
    'production_year',
    'height_cm',
    'material',
    'limited_edition',
    'first_edition',
  ],
  'pelus-oyuncaklar': ['series', 'character', 'height_cm', 'production_year', 'material', 'limited_edition'],
  'maket-kitleri': ['scale!', 'kit_number', 'series', 'production_year', 'limited_edition'],
  'koleksiyon-kartlari': [
    'series',
    'card_number',
    'grade',
    'production_year',
    'first_edition',
    'limited_edition',
    'error_variation',
  ],
  'vintage-oyuncaklar': ['production_year', 'material', 'series', 'model'],
};

/** `scale!` → required `scale`. */
export function parseSetEntry(entry: string): { key: string; required: boolean } {
  return entry.endsWith('!') ? { key: entry.slice(0, -1), required: true } : { key: entry, required: false };
}
