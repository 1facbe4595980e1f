export * from './image.js';
export * from './container.js';
export * from './files.js';
export { httpWhenReady } from '@armorred/podman';
export { closureRoots, rootFilesystem, storePathsOf } from '@armorred/analysis';
export { nixAvailable as nixStoreAvailable } from '@armorred/nix';
export { closureOf } from '@armorred/build';
export * from './runner.js';
