// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output (tsc's dist, nix-build's result links), caches, the site's generated
    // pages, and the precompiled schema validators (written by ajv, not by hand).
    ignores: [
      '**/dist/',
      '**/result',
      '**/result-*',
      '**/node_modules/',
      '.nx/',
      '.armorred/',
      'tmp/',
      'docs/generated/',
      'docs/.vitepress/cache/',
      'docs/.vitepress/dist/',
      'packages/*/generated/',
      'tools/offline-pkgs/cache/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
    },
    rules: {
      // `const { SECRET: _secret, ...rest } = env` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // The Nx plugin is CommonJS: Nx loads plugins and generators with require().
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
