export * from './version.js';
export * from './tags.js';
export * from './changesets.js';
export * from './main.js';
