// The scratch git workspace the changesets tests run on: the catalog's catalog.yaml and
// .changeset/config.json, copies of the named image folders, and the package.json files
// `prepare` writes, committed once.
import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';

/** The repository this package is in. */
export const REPO = join(import.meta.dirname, '..', '..', '..');

/** The real changesets CLI (run with node: it is the catalog's pinned version). */
export const changesetBin = join(dirname(createRequire(import.meta.url).resolve('@changesets/cli/package.json')), 'bin.js');

/** `git ARGS` in `root`. */
export const gitIn = (root: string, ...args: string[]) => execa('git', args, { cwd: root });

/** A committed scratch workspace (a temporary folder: the caller removes it). */
export async function scratchWorkspace(prefix: string, images: readonly string[], prepare: (root: string) => void): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const file of ['catalog.yaml', '.changeset/config.json']) cpSync(join(REPO, file), join(root, file));
  for (const image of images)
    cpSync(join(REPO, 'images', image), join(root, 'images', image), { recursive: true, filter: (source) => !source.includes('node_modules') });
  prepare(root);
  await gitIn(root, 'init', '-q', '-b', 'main');
  await gitIn(root, 'config', 'user.email', 'test@armorred.invalid');
  await gitIn(root, 'config', 'user.name', 'test');
  await gitIn(root, 'add', '-A');
  await gitIn(root, 'commit', '-qm', 'scratch catalog');
  return root;
}
