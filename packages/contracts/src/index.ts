export * from './catalog.js';
export * from './errors.js';
export * from './health.js';
export * from './identity.js';
export * from './locale.js';
export * from './pii-scrub.js';
export * from './turkish-ids.js';
