export * from './severity.js';
export * from './ingest.js';
export * from './tools.js';
export * from './gate.js';
