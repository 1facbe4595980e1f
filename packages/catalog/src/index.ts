export * from './schema.js';
export * from './catalog.js';
export * from './repository.js';
