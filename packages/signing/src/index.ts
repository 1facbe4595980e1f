export * from './attestations.js';
export * from './cosign.js';
