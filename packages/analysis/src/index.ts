export * from './inventory.js';
export * from './derivations.js';
export * from './sbom.js';
export * from './vex.js';
export * from './report-schema.js';
export * from './report.js';
export * from './page.js';
