/** Brands and series collectors look for most; a starting point until search suggestions come from the API. */
export const popularSearches = [
  'Hot Wheels',
  'Matchbox',
  'Tomica',
  'LEGO Star Wars',
  'Märklin',
  'Barbie',
  'Gundam',
  'Transformers',
] as const;
