import { defineConfig } from 'vitest/config';

// Tests sit beside the code they test. Packages are imported through their built dist
// (npm test runs `tsc -b` first), exactly as the CLI uses them.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tools/*/src/**/*.test.ts', 'tools/*/test/**/*.test.ts', 'images/*/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
