export * from './phrase.js';
export * from './state.js';
export * from './compare.js';
export * from './render.js';
export * from './git.js';
export * from './diff.js';
