export * from './image.js';
export * from './container.js';
export * from './files.js';
export * from './http.js';
export { closureRoots, rootFilesystem, storePathsOf } from '@armorred/image-archive';
export { nixAvailable as nixStoreAvailable } from '@armorred/nix';
export { closureOf } from '@armorred/builder';
export * from './availability.js';
