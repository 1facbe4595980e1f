export * from './paths.js';
export * from './files.js';
