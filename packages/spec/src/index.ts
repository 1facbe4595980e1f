export * from './errors.js';
export * from './yaml.js';
export * from './schema.js';
export * from './schema-check.js';
export * from './resolve.js';
export * from './spec-check.js';
export * from './load.js';
export * from './schema-file.js';
