import type { estypes } from '@elastic/elasticsearch';
import type { SearchDocument } from '@tarodan/contracts';
import { foldText, metaText } from './search-text.js';

/**
 * The Elasticsearch index definition: Turkish analysis (lowercase with Turkish rules so "I" → "ı", ASCII folding so
 * "sahin" finds "şahin", the Turkish snowball stemmer), an edge-n-gram field for autocomplete and keyword fields for
 * facets. Mirrors the PostgreSQL adapter's `search_fold` + `turkish` configuration.
 */
export const INDEX_SETTINGS: estypes.IndicesIndexSettings = {
  number_of_shards: 1,
  analysis: {
    filter: {
      tr_lowercase: { type: 'lowercase', language: 'turkish' },
      tr_stemmer: { type: 'stemmer', language: 'turkish' },
      tr_edge: { type: 'edge_ngram', min_gram: 2, max_gram: 20 },
    },
    analyzer: {
      tr_text: {
        type: 'custom',
        tokenizer: 'standard',
        filter: ['apostrophe', 'tr_lowercase', 'asciifolding', 'tr_stemmer'],
      },
      tr_exact: {
        type: 'custom',
        tokenizer: 'standard',
        filter: ['apostrophe', 'tr_lowercase', 'asciifolding'],
      },
      tr_autocomplete: {
        type: 'custom',
        tokenizer: 'standard',
        filter: ['tr_lowercase', 'asciifolding', 'tr_edge'],
      },
    },
    normalizer: {
      // Folding first: "İ" → "I" → "i" (lowercasing first would leave a combining dot).
      folded: { type: 'custom', filter: ['asciifolding', 'lowercase'] },
    },
  },
};

const text = { type: 'text', analyzer: 'tr_text' } as const;
const autocomplete = { type: 'text', analyzer: 'tr_autocomplete', search_analyzer: 'tr_exact' } as const;

export const INDEX_MAPPINGS: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    id: { type: 'keyword' },
    title: { ...text, copy_to: ['vocabulary'], fields: { auto: autocomplete } },
    description: text,
    meta: { ...text, copy_to: ['vocabulary'] },
    vocabulary: { type: 'text', analyzer: 'tr_exact' },
    brand_slug: { type: 'keyword' },
    brand_name: { type: 'keyword', fields: { auto: autocomplete } },
    series: { type: 'keyword', fields: { auto: autocomplete } },
    model: { type: 'keyword' },
    category_ids: { type: 'keyword' },
    scale: { type: 'keyword' },
    condition: { type: 'keyword' },
    packaging: { type: 'keyword' },
    flags: { type: 'keyword' },
    year: { type: 'integer' },
    price_kurus: { type: 'long' },
    city: { type: 'keyword', fields: { folded: { type: 'keyword', normalizer: 'folded' } } },
    free_shipping: { type: 'boolean' },
    // numeric(3,2) in PostgreSQL: two decimals kept exactly, so `gte: 4` keeps a 4.00 average.
    seller_rating: { type: 'scaled_float', scaling_factor: 100 },
    published_at: { type: 'date' },
  },
};

/** The stored source of one document; `meta` holds brand, series, model, scale and flag words for full text. */
export function toSource(doc: SearchDocument) {
  return {
    id: doc.id,
    title: doc.title,
    description: doc.description,
    meta: metaText(doc),
    brand_slug: doc.brandSlug,
    brand_name: doc.brandName,
    series: doc.series,
    model: doc.model,
    category_ids: doc.categoryIds,
    scale: doc.scale,
    condition: doc.condition,
    packaging: doc.packaging,
    flags: doc.flags,
    year: doc.year,
    price_kurus: doc.priceKurus,
    city: doc.city,
    free_shipping: doc.freeShipping,
    seller_rating: doc.sellerRating,
    published_at: doc.publishedAt,
  };
}

export const foldCity = (city: string) => foldText(city);
