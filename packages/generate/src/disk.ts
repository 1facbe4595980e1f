// The I/O edge of generation: writing generated files atomically, and comparing them
// with what is on disk, through @armorred/repository (a symlinked generated/ folder or
// file is refused, never followed; temporary files are exclusive and unguessable).
import { listFolder, readEachIfPresent, removeRepositoryFile, writeRepositoryFiles } from '@armorred/repository';
import type { GeneratedFile } from './files.js';

/** Generated files are data the tools wrote; anything larger was not written by them. */
export const MAX_GENERATED_BYTES = 64 * 1024 * 1024;

export type DriftKind = 'missing' | 'stale' | 'extra';

export interface Drift {
  path: string;
  kind: DriftKind;
}

/** Files present in generator-owned directories that the generator no longer produces. */
function extraFiles(root: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): string[] {
  const produced = new Set(files.map((file) => file.path));
  return ownedDirs.flatMap((dir) => listFolder(root, dir).map((name) => `${dir}/${name}`)).filter((path) => !produced.has(path));
}

/** Calls `use` with what each file holds on disk now (undefined when missing), one file at a time. */
function eachCurrent(root: string, files: readonly GeneratedFile[], use: (file: GeneratedFile, content: string | undefined) => void): void {
  readEachIfPresent(
    root,
    files.map((file) => file.path),
    { maxBytes: MAX_GENERATED_BYTES, what: 'a generated file' },
    (bytes, index) => use(files[index]!, bytes?.toString('utf8')),
  );
}

/** What differs between the generated files and the disk; empty when everything is current. */
export function findDrift(root: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): Drift[] {
  const drift: Drift[] = [];
  eachCurrent(root, files, (file, content) => {
    if (content === undefined) drift.push({ path: file.path, kind: 'missing' });
    else if (content !== file.content) drift.push({ path: file.path, kind: 'stale' });
  });
  for (const path of extraFiles(root, files, ownedDirs)) drift.push({ path, kind: 'extra' });
  return drift.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export interface WriteResult {
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Writes the files that changed, as one atomic set (see writeRepositoryFiles), then
 * removes files in owned directories that are no longer produced.
 */
export function writeFiles(root: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): WriteResult {
  // Refuse a symlinked owned folder before anything is written.
  const removed = extraFiles(root, files, ownedDirs);
  const changed: GeneratedFile[] = [];
  eachCurrent(root, files, (file, content) => {
    if (content !== file.content) changed.push(file);
  });
  writeRepositoryFiles(root, changed);
  for (const path of removed) removeRepositoryFile(root, path);
  return { written: changed.map((file) => file.path), removed, unchanged: files.length - changed.length };
}
