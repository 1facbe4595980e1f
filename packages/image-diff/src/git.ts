// The catalog as it was at a git revision, read from git's objects (never from a checkout)
// into a scratch folder that the ordinary readers then read. Only what a comparison needs
// is taken: catalog.yaml and each image folder's spec, package.json, measurements and
// config-file sources (generated files and tests are not). A symlink or submodule at the
// revision is never written (so it reads as missing), every blob's size is checked before
// it is read, and the whole extraction is bounded.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { InvalidInputError, ToolFailedError, UnavailableError, UsageError } from '@armorred/errors';
import { CATALOG_FILE, IMAGES_DIR, writeRepositoryFiles, type FileToWrite } from '@armorred/repository';

/** A blob larger than this is left out (it reads as missing): no file a comparison reads is larger. */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024;
/** The most a revision's catalog may hold of what is extracted. */
export const MAX_EXTRACT_BYTES = 512 * 1024 * 1024;

export interface Revision {
  /** The name the user gave, e.g. origin/main. */
  name: string;
  /** The commit it names. */
  commit: string;
}

export interface Extracted {
  /** A scratch folder holding the catalog files of the revision. */
  root: string;
  /** Paths left out, and why (symlinks, submodules, oversized blobs). */
  skipped: { path: string; reason: string }[];
  remove(): void;
}

async function git(cwd: string, args: string[], input?: Buffer): Promise<Buffer> {
  let result;
  try {
    result = await execa('git', args, { cwd, reject: false, encoding: 'buffer', maxBuffer: MAX_EXTRACT_BYTES + 16 * 1024 * 1024, ...(input ? { input } : {}) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UnavailableError('git is not installed; armorred diff reads the base revision with git');
    throw error;
  }
  if ((result as { code?: string }).code === 'ENOENT') throw new UnavailableError('git is not installed; armorred diff reads the base revision with git');
  if (result.exitCode !== 0) {
    const stderr = Buffer.from(result.stderr).toString('utf8').trim().split('\n').slice(-3).join(' ');
    throw new ToolFailedError(`git ${args[0]} failed: ${stderr}`);
  }
  return Buffer.from(result.stdout);
}

/** The commit `name` names in the repository holding `root`; a usage error when it names none. */
export async function resolveRevision(root: string, name: string): Promise<Revision> {
  // A name starting with "-" would be read as an option; git revisions never need one.
  if (name === '' || name.startsWith('-') || /[\s\0]/.test(name)) throw new UsageError(`--base ${JSON.stringify(name)} is not a git revision`);
  const inside = await execa('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, reject: false }).catch(() => undefined);
  if (!inside) throw new UnavailableError('git is not installed; armorred diff reads the base revision with git');
  if (inside.exitCode !== 0) throw new UsageError(`${root} is not inside a git repository; armorred diff compares a git revision with the working tree`);
  const result = await execa('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`], { cwd: root, reject: false });
  if (result.exitCode !== 0)
    throw new UsageError(`--base ${JSON.stringify(name)} names no commit in this repository (in a shallow CI clone, fetch it first: git fetch origin ${name})`);
  return { name, commit: result.stdout.trim() };
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  path: string;
}

/** `git ls-tree -r -l -z` output, one entry per file. */
function parseTree(output: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [mode, type, object, size] = record.slice(0, tab).split(/ +/) as [string, string, string, string];
    entries.push({ mode, type, object, size: size === '-' ? 0 : Number(size), path: record.slice(tab + 1) });
  }
  return entries;
}

/** Whether a comparison reads this path of an image folder (images/<image>/<rest>). */
function wanted(path: string): boolean {
  if (path === CATALOG_FILE) return true;
  const parts = path.split('/');
  if (parts[0] !== IMAGES_DIR || parts.length < 3) return false;
  // Generated files are derived from the rest; hand-written tests do not change the image.
  return parts[2] !== 'generated' && parts[2] !== 'tests' && parts[2] !== 'node_modules';
}

/** Reads blobs with one `git cat-file --batch`, checking each header against what ls-tree said. */
function parseBatch(output: Buffer, entries: readonly TreeEntry[]): Buffer[] {
  const blobs: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const newline = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, newline).toString('utf8');
    const [object, type, size] = header.split(' ');
    if (object !== entry.object || type !== 'blob' || Number(size) !== entry.size)
      throw new ToolFailedError(`git cat-file gave ${JSON.stringify(header)} for ${entry.path}`);
    blobs.push(output.subarray(newline + 1, newline + 1 + entry.size));
    offset = newline + 1 + entry.size + 1;
  }
  return blobs;
}

/** Extracts the catalog files of `revision` into a new scratch folder (call `remove` when done). */
export async function extractRevision(root: string, revision: Revision): Promise<Extracted> {
  const listing = parseTree(await git(root, ['ls-tree', '-r', '-l', '-z', '--end-of-options', revision.commit, '--', CATALOG_FILE, IMAGES_DIR]));
  const skipped: Extracted['skipped'] = [];
  const take: TreeEntry[] = [];
  let total = 0;
  for (const entry of listing) {
    if (!wanted(entry.path)) continue;
    if (entry.mode === '120000') skipped.push({ path: entry.path, reason: 'a symlink (never followed)' });
    else if (entry.type !== 'blob') skipped.push({ path: entry.path, reason: `a ${entry.type === 'commit' ? 'submodule' : entry.type}` });
    else if (entry.size > MAX_BLOB_BYTES) skipped.push({ path: entry.path, reason: `${entry.size} bytes, over the ${MAX_BLOB_BYTES}-byte limit` });
    else {
      total += entry.size;
      if (total > MAX_EXTRACT_BYTES)
        throw new InvalidInputError(
          `the catalog at ${revision.name} holds more than ${MAX_EXTRACT_BYTES} bytes of specs, measurements and config files; it is not read`,
        );
      take.push(entry);
    }
  }
  const blobs =
    take.length === 0 ? [] : parseBatch(await git(root, ['cat-file', '--batch'], Buffer.from(take.map((entry) => `${entry.object}\n`).join(''))), take);
  const scratch = mkdtempSync(join(tmpdir(), 'armorred-diff-'));
  const remove = () => rmSync(scratch, { recursive: true, force: true });
  try {
    const files: FileToWrite[] = take.map((entry, index) => ({ path: entry.path, content: blobs[index]! }));
    // Each file goes through the repository writer: no path can leave the scratch folder.
    writeRepositoryFiles(scratch, files);
  } catch (error) {
    remove();
    throw error;
  }
  return { root: scratch, skipped, remove };
}
