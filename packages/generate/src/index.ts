export * from './files.js';
export * from './disk.js';
export * from './render-image.js';
export * from './generate.js';
