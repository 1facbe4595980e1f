// The one way ARMORRED reads and writes files of the catalog repository. A pull request
// is untrusted input and CI runs the tools on it as root, so every file is:
// - reached from the repository root without following a symlink (each folder on the way
//   is lstat'ed and must be a real directory; the file itself is opened with O_NOFOLLOW);
// - a regular file (not a FIFO, device or folder: O_NONBLOCK so a FIFO cannot hang the
//   open) with one link (a hard link can be a file from elsewhere), checked for size
//   before a byte is read, and read only up to that size;
// - written through a temporary file created exclusively (O_EXCL) with an unguessable
//   name beside the target, then renamed over it, so a planted symlink is never followed
//   and a failure leaves the old file whole.
// Errors name the file and what is wrong with it, never its content.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ArmorredError, EXIT, printable } from '@armorred/errors';
import { CATALOG_FILE } from './paths.js';

/** A repository file that cannot be used as it is; the message says why, never what it holds. */
export class RefusedFileError extends ArmorredError {
  /** The file, relative to the repository root. */
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`, EXIT.INVALID);
    this.file = file;
    this.reason = reason;
  }

  override printableMessage(): string {
    return `${printable(this.file)}: ${printable(this.reason)}`;
  }
}

/** The parts of a repository-relative path; refuses absolute paths and `..`. */
function segments(path: string): string[] {
  const parts = path.split('/');
  if (path.startsWith('/') || parts.some((part) => part === '..' || part === '' || part === '.')) {
    throw new RefusedFileError(path, 'is not a clean path inside the repository');
  }
  return parts;
}

function lstatOrUndefined(path: string): Stats | undefined {
  return lstatSync(path, { throwIfNoEntry: false });
}

/**
 * Checks that every folder from the root to `path`'s parent is a real directory (no
 * symlink), stopping at the first that does not exist. Returns whether all exist.
 * `checked` (optional) holds folders already found real during one read of many files,
 * so each folder is looked at once per call, not once per file.
 */
function checkFolders(root: string, path: string, checked?: Set<string>): boolean {
  const parts = segments(path);
  const parent = parts.slice(0, -1).join('/');
  if (checked?.has(parent)) return true;
  let current = root;
  for (let index = 0; index < parts.length - 1; index++) {
    current = join(current, parts[index]!);
    const stats = lstatOrUndefined(current);
    if (!stats) return false;
    const shown = parts.slice(0, index + 1).join('/');
    if (stats.isSymbolicLink()) throw new RefusedFileError(shown, 'is a symlink; the catalog does not follow symlinks: replace it with a real folder');
    if (!stats.isDirectory()) throw new RefusedFileError(shown, 'is not a folder');
  }
  checked?.add(parent);
  return true;
}

/** What is at a repository path, looked at without following a symlink. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'missing' | 'other';

export interface Entry {
  kind: EntryKind;
  size: number;
  /** Hard links to it (a regular file linked elsewhere has more than 1). */
  links: number;
}

/** What is at `path` (relative to `root`); a symlinked folder on the way is refused. */
export function entryAt(root: string, path: string): Entry {
  if (!checkFolders(root, path)) return { kind: 'missing', size: 0, links: 0 };
  const stats = lstatOrUndefined(join(root, path));
  if (!stats) return { kind: 'missing', size: 0, links: 0 };
  const kind: EntryKind = stats.isSymbolicLink() ? 'symlink' : stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
  return { kind, size: stats.size, links: stats.nlink };
}

export interface ReadOptions {
  /** Refuse files larger than this many bytes (checked before reading). */
  maxBytes: number;
  /** What the file is, for the message when it is too large (e.g. "a spec"). */
  what?: string;
  /**
   * Refuse a regular file with more than one hard link (it can be a file from elsewhere,
   * even a root-only one). Default true: git never checks out hard links.
   */
  singleLink?: boolean;
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB` : `${bytes} bytes`;
}

/** Reads a regular file of the repository; undefined when it does not exist. */
export function readIfPresent(root: string, path: string, options: ReadOptions): Buffer | undefined {
  return readChecked(root, path, options);
}

/**
 * Reads many regular files of the repository one after the other, with the same rules as
 * readIfPresent, handing each to `use` (undefined when it does not exist) before the next
 * is read; each folder on the way is checked once per call instead of once per file.
 */
export function readEachIfPresent(root: string, paths: readonly string[], options: ReadOptions, use: (bytes: Buffer | undefined, index: number) => void): void {
  const checked = new Set<string>();
  paths.forEach((path, index) => use(readChecked(root, path, options, checked), index));
}

function readChecked(root: string, path: string, options: ReadOptions, checked?: Set<string>): Buffer | undefined {
  if (!checkFolders(root, path, checked)) return undefined;
  let fd: number;
  try {
    fd = openSync(join(root, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw new RefusedFileError(path, 'is a symlink; the catalog does not follow symlinks: replace it with the file itself');
    if (code === 'EACCES') throw new RefusedFileError(path, 'cannot be read (permission denied)');
    throw error;
  }
  return readOpened(fd, path, options);
}

/**
 * Reads the file open at `fd` (and closes it): a regular file (fstat on the open file, so
 * what is checked is what is read), at most `maxBytes`, exactly the size fstat gave.
 */
function readOpened(fd: number, shown: string, options: ReadOptions): Buffer {
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new RefusedFileError(shown, 'is a folder, not a file');
    if (!stats.isFile()) throw new RefusedFileError(shown, 'is not a regular file (a device, FIFO or socket); it is not read');
    if ((options.singleLink ?? true) && stats.nlink > 1)
      throw new RefusedFileError(shown, `has ${stats.nlink} hard links; a hard link can expose a file from elsewhere: replace it with a copy`);
    if (stats.size > options.maxBytes) {
      throw new RefusedFileError(
        shown,
        `is ${describeSize(stats.size)}, over the ${describeSize(options.maxBytes)} limit for ${options.what ?? 'this file'}; it is not read`,
      );
    }
    // Read what fstat promised and no more: a file growing meanwhile cannot exceed the limit.
    const buffer = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a file the user names on the command line (e.g. a scanner report given to
 * analyze or gate), outside the repository's rules: the path is the user's own choice, so a
 * symlink is followed and hard links are allowed. It is still opened once (O_NONBLOCK: a
 * FIFO cannot hang the open), must be a regular file by fstat on the open file (never
 * /dev/zero, a FIFO or a folder), is bounded by `maxBytes` before a byte is read, and is
 * read up to the size fstat gave.
 */
export function readGivenFile(path: string, options: Omit<ReadOptions, 'singleLink'>): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RefusedFileError(path, 'does not exist');
    if (code === 'EACCES') throw new RefusedFileError(path, 'cannot be read (permission denied)');
    if (code === 'EISDIR') throw new RefusedFileError(path, 'is a folder, not a file');
    throw error;
  }
  return readOpened(fd, path, { ...options, singleLink: false });
}

/** Reads a regular file of the repository; refuses a missing one with a located error. */
export function readRepositoryFile(root: string, path: string, options: ReadOptions): Buffer {
  const content = readIfPresent(root, path, options);
  if (content === undefined) throw new RefusedFileError(path, 'does not exist');
  return content;
}

/** Names in a real folder of the repository (sorted); [] when it does not exist. */
export function listFolder(root: string, path: string): string[] {
  const entry = entryAt(root, path);
  if (entry.kind === 'missing') return [];
  if (entry.kind === 'symlink') throw new RefusedFileError(path, 'is a symlink; the catalog does not follow symlinks: replace it with a real folder');
  if (entry.kind !== 'directory') throw new RefusedFileError(path, 'is not a folder');
  return readdirSync(join(root, path)).sort();
}

/** Creates the folders of `path`'s parent that are missing, one at a time, never through a symlink. */
function makeFolders(root: string, path: string): void {
  const parts = segments(path);
  let current = root;
  for (let index = 0; index < parts.length - 1; index++) {
    current = join(current, parts[index]!);
    const stats = lstatOrUndefined(current);
    const shown = parts.slice(0, index + 1).join('/');
    if (!stats) {
      // Not recursive: an existing entry (say, a symlink that appeared) makes this fail.
      mkdirSync(current);
      continue;
    }
    if (stats.isSymbolicLink()) throw new RefusedFileError(shown, 'is a symlink; the catalog does not follow symlinks: replace it with a real folder');
    if (!stats.isDirectory()) throw new RefusedFileError(shown, 'is not a folder');
  }
}

/** Makes `path` a real folder of the repository (creating what is missing, never through a symlink). */
export function ensureFolder(root: string, path: string): void {
  // makeFolders makes the folders of a file's parent: name a file inside `path`.
  makeFolders(root, `${path}/file`);
}

/** A new, exclusively created temporary file beside `absolute`; returns its path and descriptor. */
function createTemporary(absolute: string): { temp: string; fd: number } {
  for (;;) {
    const temp = `${absolute}.${randomBytes(8).toString('hex')}.tmp`;
    try {
      const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
      return { temp, fd };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export interface FileToWrite {
  /** Relative to the repository root. */
  path: string;
  content: string | Uint8Array;
}

/** Refuses a target that is not a regular file or missing (a symlink or folder is never replaced). */
function checkTarget(root: string, path: string): void {
  const entry = entryAt(root, path);
  if (entry.kind === 'symlink') throw new RefusedFileError(path, 'is a symlink; it is not written through: remove it');
  if (entry.kind === 'directory') throw new RefusedFileError(path, 'is a folder; it is not replaced: remove it');
  if (entry.kind === 'other') throw new RefusedFileError(path, 'is not a regular file; it is not replaced: remove it');
}

/**
 * Writes files atomically as a set: every new content goes to an exclusive temporary file
 * first; only when all are written are they renamed into place (each rename atomic). A
 * failure before the renames leaves every old file as it was and no temporary file behind.
 */
export function writeRepositoryFiles(root: string, files: readonly FileToWrite[]): void {
  const temporary: { temp: string; absolute: string }[] = [];
  try {
    for (const file of files) {
      checkTarget(root, file.path);
      makeFolders(root, file.path);
      const absolute = join(root, file.path);
      const { temp, fd } = createTemporary(absolute);
      temporary.push({ temp, absolute });
      try {
        const data = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
        let offset = 0;
        while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    for (const { temp } of temporary) rmSync(temp, { force: true });
    throw error;
  }
  let renamed = 0;
  try {
    for (const { temp, absolute } of temporary) {
      renameSync(temp, absolute);
      renamed++;
    }
  } finally {
    for (const { temp } of temporary.slice(renamed)) rmSync(temp, { force: true });
  }
}

/** Writes one file atomically (see writeRepositoryFiles). */
export function writeRepositoryFile(root: string, path: string, content: string | Uint8Array): void {
  writeRepositoryFiles(root, [{ path, content }]);
}

/** Removes a file (or a symlink itself, never its target) of the repository. */
export function removeRepositoryFile(root: string, path: string): void {
  if (!checkFolders(root, path)) return;
  try {
    unlinkSync(join(root, path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * The catalog root: the nearest directory, from `start` upwards, holding an entry named
 * catalog.yaml (undefined when none does). Whatever the entry is: a symlinked catalog.yaml
 * stops the search there, so reading it is refused, located, instead of the search going
 * on to a catalog.yaml above the repository.
 */
export function findCatalogRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (lstatSync(join(dir, CATALOG_FILE), { throwIfNoEntry: false })) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
