export * from './archive.js';
