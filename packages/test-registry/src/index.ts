export * from './registry.js';
export * from './archive.js';
