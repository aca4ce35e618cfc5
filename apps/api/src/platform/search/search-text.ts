/**
 * The text rules both adapters share, so a query means the same thing to PostgreSQL and Elasticsearch: Turkish
 * folding (ş→s, ı→i, İ→i, ü→u, ä→a...), lowercase, words of letters and digits, and scales such as `1:64` kept whole.
 */
export function foldText(text: string): string {
  return text
    .replace(/[İIı]/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .toLowerCase();
}

export interface QueryTerms {
  /** Folded words of at least one character: letters and digits only, safe inside a tsquery. */
  words: string[];
  /** Scale tokens such as `1:64`, matched against the scale field. */
  scales: string[];
}

const SCALE = /\b\d{1,3}:\d{1,4}(?:[.,]\d)?\b/g;
const MAX_TERMS = 12;

export function queryTerms(text: string | undefined): QueryTerms {
  if (!text) return { words: [], scales: [] };
  const folded = foldText(text);
  const scales = [...new Set(folded.match(SCALE) ?? [])].map((s) => s.replace(',', '.'));
  const words = folded.replace(SCALE, ' ').match(/[a-z0-9]+/g) ?? [];
  return { words: [...new Set(words)].slice(0, MAX_TERMS), scales: scales.slice(0, 3) };
}

/** Collectors' abbreviations, indexed with the flag so "sth" and "süper treasure hunt" both find it. */
const FLAG_WORDS: Record<string, string> = {
  treasure_hunt: 'th treasure hunt',
  super_treasure_hunt: 'sth super treasure hunt',
  chase: 'chase',
  limited_edition: 'limited edition sinirli sayida',
  error_variation: 'error hatali baski',
  first_edition: 'first edition ilk seri',
};

/** Searchable words for a document's brand (also without spaces: "hotwheels"), series, model, scale and flags. */
export function metaText(doc: {
  brandName: string | null;
  series: string | null;
  model: string | null;
  scale: string | null;
  flags: readonly string[];
}): string {
  const compactBrand = doc.brandName && /\s/.test(doc.brandName) ? doc.brandName.replace(/\s+/g, '') : null;
  return [
    doc.brandName,
    compactBrand,
    doc.series,
    doc.model,
    doc.scale,
    ...doc.flags.map((f) => FLAG_WORDS[f] ?? f.replace(/_/g, ' ')),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Words worth suggesting as corrections: folded, 3+ characters, not only digits. */
export function vocabularyWords(...texts: Array<string | null>): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of foldText(text ?? '').match(/[a-z0-9]+/g) ?? []) {
      if (word.length >= 3 && word.length <= 40 && !/^\d+$/.test(word)) words.add(word);
    }
  }
  return [...words];
}
