export * from './build.js';
export * from './claims.js';
