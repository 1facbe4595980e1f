export * from './tier-schema.js';
export * from './tier-data.js';
export * from './entry-points.js';
export * from './nix-cli.js';
export * from './tier-file.js';
