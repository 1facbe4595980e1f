export * from './podman.js';
