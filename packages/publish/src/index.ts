export * from './plan.js';
export * from './registry-state.js';
export * from './record.js';
export * from './secure.js';
export * from './publish.js';
export * from './releases.js';
