export * from './version.js';
export * from './tags.js';
export * from './changesets.js';
export * from './changeset-folder.js';
export * from './main.js';
