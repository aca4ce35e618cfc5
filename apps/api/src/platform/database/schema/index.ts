// The schema drizzle-kit reads to generate migrations, and the one the typed client knows.
export * from './catalog.schema.js';
export * from './identity.schema.js';
export * from './listings.schema.js';
export * from './media.schema.js';
export * from './privacy.schema.js';
export * from './reviews.schema.js';
export * from './search.schema.js';
export * from './selling.schema.js';
