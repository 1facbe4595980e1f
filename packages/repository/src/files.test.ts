// The file rules, one hostile example each (the CLI's corpus test drives them end to end).
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RefusedFileError,
  ensureFolder,
  entryAt,
  listFolder,
  readGivenFile,
  readIfPresent,
  readRepositoryFile,
  writeRepositoryFile,
  writeRepositoryFiles,
} from './files.js';

let base: string;
let root: string;
let outside: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'armorred-files-'));
  root = join(base, 'repo');
  outside = join(base, 'outside');
  mkdirSync(join(root, 'images', 'x'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret'), 'outside secret');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const LIMIT = { maxBytes: 1024 };

function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof RefusedFileError) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('reading', () => {
  it('refuses a symlinked file and a symlinked folder on the way, wherever they point', () => {
    symlinkSync(join(outside, 'secret'), join(root, 'images', 'x', 'image.yaml'));
    expect(refusal(() => readRepositoryFile(root, 'images/x/image.yaml', LIMIT))).toBe(
      'images/x/image.yaml: is a symlink; the catalog does not follow symlinks: replace it with the file itself',
    );
    symlinkSync(outside, join(root, 'images', 'y'));
    expect(refusal(() => readRepositoryFile(root, 'images/y/secret', LIMIT))).toBe(
      'images/y: is a symlink; the catalog does not follow symlinks: replace it with a real folder',
    );
  });

  it('refuses a FIFO without blocking, a folder, a hard link, and a file over the limit before reading it', () => {
    execFileSync('mkfifo', [join(root, 'images', 'x', 'fifo')]);
    expect(refusal(() => readRepositoryFile(root, 'images/x/fifo', LIMIT))).toBe(
      'images/x/fifo: is not a regular file (a device, FIFO or socket); it is not read',
    );
    expect(refusal(() => readRepositoryFile(root, 'images/x', LIMIT))).toBe('images/x: is a folder, not a file');
    linkSync(join(outside, 'secret'), join(root, 'images', 'x', 'linked'));
    expect(refusal(() => readRepositoryFile(root, 'images/x/linked', LIMIT))).toBe(
      'images/x/linked: has 2 hard links; a hard link can expose a file from elsewhere: replace it with a copy',
    );
    writeFileSync(join(root, 'images', 'x', 'huge'), '');
    truncateSync(join(root, 'images', 'x', 'huge'), 3 * 1024 * 1024 * 1024);
    expect(refusal(() => readRepositoryFile(root, 'images/x/huge', { maxBytes: 1024, what: 'a spec' }))).toBe(
      'images/x/huge: is 3072 MiB, over the 1024 bytes limit for a spec; it is not read',
    );
    expect(readIfPresent(root, 'images/x/missing', LIMIT)).toBeUndefined();
  });

  it('lists only real folders, and says what an entry is without following it', () => {
    symlinkSync(outside, join(root, 'images', 'link'));
    expect(refusal(() => listFolder(root, 'images/link'))).toBe(
      'images/link: is a symlink; the catalog does not follow symlinks: replace it with a real folder',
    );
    expect(entryAt(root, 'images/link').kind).toBe('symlink');
    expect(listFolder(root, 'images')).toEqual(['link', 'x']);
  });
});

describe('reading a file the user names (outside the repository)', () => {
  it("follows the user's symlink and allows hard links, but bounds the size first", () => {
    symlinkSync(join(outside, 'secret'), join(base, 'link'));
    linkSync(join(outside, 'secret'), join(base, 'hard'));
    expect(readGivenFile(join(base, 'link'), LIMIT).toString()).toBe('outside secret');
    expect(readGivenFile(join(base, 'hard'), LIMIT).toString()).toBe('outside secret');
    expect(refusal(() => readGivenFile(join(base, 'link'), { maxBytes: 4, what: 'a report' }))).toBe(
      `${join(base, 'link')}: is 14 bytes, over the 4 bytes limit for a report; it is not read`,
    );
  });
  it('refuses what is not a regular file: /dev/zero, a FIFO (without blocking), a folder, nothing', () => {
    const fifo = join(base, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo])
      expect(refusal(() => readGivenFile(path, LIMIT))).toBe(`${path}: is not a regular file (a device, FIFO or socket); it is not read`);
    expect(refusal(() => readGivenFile(outside, LIMIT))).toBe(`${outside}: is a folder, not a file`);
    expect(refusal(() => readGivenFile(join(base, 'none'), LIMIT))).toBe(`${join(base, 'none')}: does not exist`);
  });
});

describe('writing', () => {
  it('never follows a planted symlink at a temporary-file name, and leaves no temporary file', () => {
    for (const name of ['out.json.tmp', 'out.json.tmp-1', 'out.json.0000000000000000.tmp'])
      symlinkSync(join(outside, 'secret'), join(root, 'images', 'x', name));
    writeRepositoryFile(root, 'images/x/out.json', '{}\n');
    expect(readFileSync(join(root, 'images', 'x', 'out.json'), 'utf8')).toBe('{}\n');
    expect(readFileSync(join(outside, 'secret'), 'utf8')).toBe('outside secret');
    expect(readdirSync(join(root, 'images', 'x')).sort()).toEqual(['out.json', 'out.json.0000000000000000.tmp', 'out.json.tmp', 'out.json.tmp-1']);
  });

  it('refuses to write through a symlinked folder or over a symlink, and writes nothing of the set', () => {
    symlinkSync(outside, join(root, 'images', 'x', 'generated'));
    expect(
      refusal(() =>
        writeRepositoryFiles(root, [
          { path: 'images/x/a.txt', content: 'a' },
          { path: 'images/x/generated/b.txt', content: 'b' },
        ]),
      ),
    ).toBe('images/x/generated: is a symlink; the catalog does not follow symlinks: replace it with a real folder');
    expect(readdirSync(join(root, 'images', 'x'))).toEqual(['generated']);
    expect(readdirSync(outside)).toEqual(['secret']);
    symlinkSync(join(outside, 'secret'), join(root, 'images', 'x', 'c.txt'));
    expect(refusal(() => writeRepositoryFile(root, 'images/x/c.txt', 'c'))).toBe('images/x/c.txt: is a symlink; it is not written through: remove it');
    expect(refusal(() => ensureFolder(root, 'images/x/generated/sub'))).toBe(
      'images/x/generated: is a symlink; the catalog does not follow symlinks: replace it with a real folder',
    );
    expect(readFileSync(join(outside, 'secret'), 'utf8')).toBe('outside secret');
  });
});
