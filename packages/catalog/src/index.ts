export * from './schema.js';
export * from './catalog.js';
export * from './repository.js';
export * from './parse-cache-store.js';
