// A scratch copy of this repository for tests that run the generator: the files git
// tracks and the untracked ones it does not ignore, as they are in the working tree, plus
// the compiled packages (the generator and the armorred command load them), committed
// once so that `git status` shows what a test changed.
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

export const REPO = join(import.meta.dirname, '..', '..', '..');

async function git(root: string, ...args: string[]): Promise<string> {
  return (await execa('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root })).stdout;
}

export async function scratchRepository(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'armorred-scratch-'));
  const listed = (await execa('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO })).stdout.split('\0');
  for (const file of listed) {
    // Regular files only: a symlink (one slipped into git once) could point the copy back
    // at this repository or elsewhere, and a test would then write there.
    const stats = file === '' ? undefined : lstatSync(join(REPO, file), { throwIfNoEntry: false });
    if (stats?.isFile()) cpSync(join(REPO, file), join(root, file));
  }
  for (const parent of ['packages', 'tools']) {
    for (const name of readdirSync(join(REPO, parent))) {
      const dist = join(REPO, parent, name, 'dist');
      if (existsSync(dist)) cpSync(dist, join(root, parent, name, 'dist'), { recursive: true });
    }
  }
  await git(root, 'init', '-q', '-b', 'main');
  await git(root, 'add', '-A');
  await git(root, 'commit', '-q', '-m', 'scratch copy');
  return root;
}

/** `git status --porcelain` paths (untracked folders listed file by file). */
export async function changedPaths(root: string): Promise<string[]> {
  const status = await git(root, 'status', '--porcelain', '--untracked-files=all');
  return status
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
    .sort();
}

/** Nx without its daemon, cloud or terminal UI, as every test runs it. */
// Plain output whatever the caller's terminal settings (a CI runner may force colour).
export const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0', NO_COLOR: '1' };

/** `nx g @armorred/nx-plugin:image ARGS --no-interactive` in `root`; the result, whatever the exit status. */
export function generateImage(root: string, args: readonly string[]) {
  return execa('npx', ['--no-install', 'nx', 'g', '@armorred/nx-plugin:image', ...args, '--no-interactive'], {
    cwd: root,
    env: NX_ENV,
    reject: false,
    all: true,
  });
}
