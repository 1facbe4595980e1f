export * from './podman.js';
export * from './http.js';
