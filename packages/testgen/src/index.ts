export * from './suite.js';
