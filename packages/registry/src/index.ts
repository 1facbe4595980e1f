export * from './reference.js';
export * from './connection.js';
export * from './client.js';
export * from './skopeo.js';
export * from './registry-log.js';
