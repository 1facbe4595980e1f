export * from './escape.js';
export * from './expression.js';
export * from './nix-cli.js';
