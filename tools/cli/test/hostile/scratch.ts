// The scratch world of the hostile-input corpus: a copy of the catalog repository (where
// a case plants what a pull request could carry), and beside it, outside the repository,
// a canary folder of files whose content, names, digests and times must survive every
// command untouched and never appear in any output.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  cpSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { IMAGE_FUNCTION } from '@armorred/repository';
import { REPO, copyCatalog, runCli, type RunResult } from '../../src/test-support.js';

/** Marks every canary: it appears in no file of the repository, so any output holding it came from outside. */
export const TOKEN = `HOSTILE${randomBytes(6).toString('hex').toUpperCase()}`;

export interface World {
  base: string;
  outside: string;
  cacheDir: string;
  repositories: string[];
}

/** The canary folder: a shadow-like file (YAML-shaped, so a parse would echo its keys), a config file, and a folder of named files. */
export function createWorld(): World {
  const base = mkdtempSync(join(tmpdir(), 'armorred-hostile-'));
  const outside = join(base, 'outside');
  mkdirSync(join(outside, 'target'), { recursive: true });
  writeFileSync(join(outside, 'shadow'), `root${TOKEN}: $6$${TOKEN}salt$hash\nnobody${TOKEN}: "*"\n`);
  writeFileSync(join(outside, 'secret.conf'), `password ${TOKEN}-conf;\n`);
  for (const name of ['a', 'b', 'c']) writeFileSync(join(outside, 'target', `${TOKEN}-${name}.txt`), `${TOKEN} ${name}\n`);
  // relatime updates atime on a read only when atime is not newer than mtime: put every
  // atime a day before its mtime, so any read or listing shows.
  const age = (path: string) => {
    const stats = lstatSync(path);
    utimesSync(path, new Date(stats.mtimeMs - 86_400_000), stats.mtime);
  };
  for (const name of readdirSync(join(outside, 'target'))) age(join(outside, 'target', name));
  for (const name of ['shadow', 'secret.conf', 'target']) age(join(outside, name));
  const cacheDir = join(base, 'cache');
  mkdirSync(cacheDir);
  return { base, outside, cacheDir, repositories: [] };
}

/** A file's digest read with O_NOATIME (we are root or the owner), so taking it changes nothing. */
function digest(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOATIME | constants.O_NOFOLLOW);
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(64 * 1024);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
    return `${fstatSync(fd).size}:${hash.digest('hex')}`;
  } finally {
    closeSync(fd);
  }
}

/** Everything about the canary folder a command could change by reading, writing, listing or deleting. */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (path: string) => {
    const stats = lstatSync(path, { bigint: true });
    const name = relative(dir, path) || '.';
    const times = `mode ${stats.mode} mtime ${stats.mtimeNs} ino ${stats.ino}`;
    if (stats.isSymbolicLink()) result[name] = `symlink ${readlinkSync(path)} ${times}`;
    // A folder's atime changes with our own listing: a command listing it shows in its output instead (the names are canaries).
    else if (stats.isDirectory()) {
      result[name] = `folder ${times}`;
      for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    } else result[name] = `file ${digest(path)} ${times} atime ${stats.atimeNs}`;
  };
  walk(dir);
  return result;
}

/**
 * What a build needs beside the catalog: the image function, and the offline package set
 * (linked, not copied: it is the test's tool, not the pull request's input).
 */
export function withImageFunction(root: string): string {
  mkdirSync(join(root, 'nix'), { recursive: true });
  cpSync(join(REPO, IMAGE_FUNCTION), join(root, IMAGE_FUNCTION));
  mkdirSync(join(root, 'tools'), { recursive: true });
  symlinkSync(join(REPO, 'tools', 'offline-pkgs'), join(root, 'tools', 'offline-pkgs'));
  return root;
}

/** A fresh scratch copy of the catalog repository (removed with the world). */
export function scratchRepository(world: World): string {
  const root = copyCatalog();
  world.repositories.push(root);
  return root;
}

export interface CommandRun extends RunResult {
  argv: string[];
  seconds: number;
}

/** Runs armorred in this process (fast, and timed), with the corpus's cache folder. */
export async function inProcess(root: string, argv: string[]): Promise<CommandRun> {
  const started = process.hrtime.bigint();
  const result = await runCli(argv, root);
  return { ...result, argv, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');

/**
 * Runs armorred as a child process, for cases that could hang a process that regressed
 * (FIFOs, devices): a generous timeout turns a hang into a failure instead of a stuck run.
 */
export async function inChild(root: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandRun> {
  const started = process.hrtime.bigint();
  const result = await execa(process.execPath, [CLI, ...argv], { cwd: root, reject: false, timeout: 120_000, env: { ...process.env, ...env } });
  if (result.timedOut) throw new Error(`armorred ${argv.join(' ')} hung (killed after 120 s)`);
  return {
    code: result.exitCode ?? -1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    argv,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}
