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

/** What differs between the generated files and the disk; empty when everything is current. */
export function findDrift(root: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): Drift[] {
  const drift: Drift[] = [];
  for (const file of files) {
    const absolute = join(root, file.path);
    if (!existsSync(absolute)) drift.push({ path: file.path, kind: 'missing' });
    else if (readFileSync(absolute, 'utf8') !== file.content) drift.push({ path: file.path, kind: 'stale' });
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
 * every one is written are they renamed into place (each rename is atomic), so a failure
 * leaves the previous files intact. Files no longer produced in owned directories are removed.
 */
export function writeFiles(root: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): WriteResult {
  const changed = files.filter((file) => {
    const absolute = join(root, file.path);
    return !existsSync(absolute) || readFileSync(absolute, 'utf8') !== file.content;
  });
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
  for (const [temp, absolute] of temporary) renameSync(temp, absolute);
  const removed = extraFiles(root, files, ownedDirs);
  for (const path of removed) rmSync(join(root, path), { force: true });
  return { written: changed.map((file) => file.path), removed, unchanged: files.length - changed.length };
}
