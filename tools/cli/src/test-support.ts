// Helpers for tests of the CLI: run main() in-process with captured output, and copy the
// real catalog to a scratch directory.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { main } from './main.js';
import { ANALYSIS_SCHEMA_FILE, ANALYSIS_VALIDATOR_MODULE, CATALOG_VALIDATOR_MODULE, IMAGE_VALIDATOR_MODULE } from '@armorred/repository';

export const REPO = join(import.meta.dirname, '..', '..', '..');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd = REPO): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    out: (text) => (stdout += text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => (stderr += text.endsWith('\n') ? text : `${text}\n`),
  });
  return { code, stdout, stderr };
}

/** Catalog files outside images/: the spec, and the catalog-wide generated files. */
const CATALOG_FILES = [
  'catalog.yaml',
  'default.nix',
  'packages/spec/image.schema.json',
  'packages/catalog/catalog.schema.json',
  ANALYSIS_SCHEMA_FILE,
  ...[IMAGE_VALIDATOR_MODULE, CATALOG_VALIDATOR_MODULE, ANALYSIS_VALIDATOR_MODULE].flatMap((module) => [module, module.replace(/\.js$/, '.d.ts')]),
];

/** A scratch copy of the catalog (no node_modules), for tests that edit files. */
export function copyCatalog(): string {
  const root = mkdtempSync(join(tmpdir(), 'armorred-cli-'));
  for (const file of CATALOG_FILES) cpSync(join(REPO, file), join(root, file));
  cpSync(join(REPO, 'images'), join(root, 'images'), { recursive: true, filter: (source) => !source.includes('node_modules') });
  return root;
}

/** Path -> sha256 of every file under `root`, to prove a command wrote nothing. */
export function treeDigest(root: string): Record<string, string> {
  const digest: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else digest[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return digest;
}

/**
 * Lets vitest run a scratch catalog's suites as this repository runs its own: the same
 * node_modules (so @armorred/testkit resolves), vitest settings and TypeScript settings.
 */
export function makeSuitesRunnable(root: string): void {
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
  for (const file of ['vitest.config.ts', 'tsconfig.base.json']) cpSync(join(REPO, file), join(root, file));
}
