// The I/O edge of generation: writing generated files atomically, and comparing them
// with what is on disk.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './files.js';

export type DriftKind = 'missing' | 'stale' | 'extra';

export interface Drift {
  path: string;
  kind: DriftKind;
}

/** Files present in generator-owned directories that the generator no longer produces. */
function extraFiles(root: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): string[] {
  const produced = new Set(files.map((file) => file.path));
  const extra: string[] = [];
  for (const dir of ownedDirs) {
    const absolute = join(root, dir);
    if (!existsSync(absolute)) continue;
    for (const name of readdirSync(absolute).sort()) {
      const path = `${dir}/${name}`;
      if (!produced.has(path)) extra.push(path);
    }
  }
  return extra;
}

/** The file's content, or undefined when it does not exist (one read, no separate exists check). */
function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** What differs between the generated files and the disk; empty when everything is current. */
export function findDrift(root: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): Drift[] {
  const drift: Drift[] = [];
  for (const file of files) {
    const current = readIfPresent(join(root, file.path));
    if (current === undefined) drift.push({ path: file.path, kind: 'missing' });
    else if (current !== file.content) drift.push({ path: file.path, kind: 'stale' });
  }
  for (const path of extraFiles(root, files, ownedDirs)) drift.push({ path, kind: 'extra' });
  return drift.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export interface WriteResult {
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Writes the files that changed. All new contents go to temporary files first; only when
 * every one is written are they renamed into place, each rename atomic, so a failure while
 * writing leaves every previous file intact (and a failed rename, which is rare, leaves
 * each file either old or new, never half-written). Files no longer produced in owned
 * directories are removed.
 */
export function writeFiles(root: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): WriteResult {
  const changed = files.filter((file) => readIfPresent(join(root, file.path)) !== file.content);
  const temporary: [string, string][] = [];
  try {
    for (const file of changed) {
      const absolute = join(root, file.path);
      mkdirSync(dirname(absolute), { recursive: true });
      const temp = `${absolute}.tmp-${process.pid}`;
      writeFileSync(temp, file.content);
      temporary.push([temp, absolute]);
    }
  } catch (error) {
    for (const [temp] of temporary) rmSync(temp, { force: true });
    throw error;
  }
  let renamed = 0;
  try {
    for (const [temp, absolute] of temporary) {
      renameSync(temp, absolute);
      renamed++;
    }
  } catch (error) {
    // Each rename is atomic; if one fails, the rest are not replaced and no temp file stays behind.
    for (const [temp] of temporary.slice(renamed)) rmSync(temp, { force: true });
    throw error;
  }
  const removed = extraFiles(root, files, ownedDirs);
  for (const path of removed) rmSync(join(root, path), { force: true });
  return { written: changed.map((file) => file.path), removed, unchanged: files.length - changed.length };
}
