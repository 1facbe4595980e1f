// Helpers of the offline package set's tests (a TEST FIXTURE: tools/offline-pkgs).
// Self-contained on purpose (execa and node only): the fixture is tested without
// the catalog's packages.
import { execa } from 'execa';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SET_DIR = join(ROOT, 'tools', 'offline-pkgs');
export const TEST_DIR = join(SET_DIR, 'test');
/** Every podman call here uses the project's configuration (runc, ulimits). */
const PODMAN_ENV = { CONTAINERS_CONF: join(ROOT, 'tools', 'podman', 'containers.conf') };
const NIX_OPTS = ['--option', 'substituters', ''];

/**
 * A tool the tests need. Without it they skip, saying why; when CI is set, a
 * missing tool is a failure with a clear message instead (`require()` throws).
 */
export interface Requirement {
  ready: boolean;
  skip: boolean;
  /** For the describe title: "" or " (skipped: ...)". */
  note: string;
  require(): void;
}

async function works(command: string, args: string[], env?: Record<string, string>): Promise<boolean> {
  try {
    await execa(command, args, { env, timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

function requirement(ready: boolean, what: string, install: string): Requirement {
  const ci = Boolean(process.env.CI);
  return {
    ready,
    skip: !ready && !ci,
    note: !ready && !ci ? ` (skipped: ${what} not available)` : '',
    require() {
      if (!ready) throw new Error(`CI is set, but ${what} is not available on this machine; install it (${install}) — tests of tools/offline-pkgs need it`);
    },
  };
}

export const nix = requirement(
  (await works('nix-instantiate', ['--version'])) && (await works('nix-build', ['--version'])),
  'nix (nix-instantiate, nix-build)',
  'apt-get install -y nix-bin nix-setup-systemd',
);
export const podman = requirement(
  await works('podman', ['version'], PODMAN_ENV),
  'podman',
  'apt-get install -y podman runc',
);

/** The pinned .debs (idempotent; fast with a full cache). */
export async function fetchDebs(): Promise<void> {
  const result = await execa('bash', [join(SET_DIR, 'fetch-debs.sh')], { reject: false, all: true });
  if (result.exitCode !== 0) throw new Error(`fetch-debs.sh failed:\n${result.all}`);
}

/**
 * Evaluates `body` (Nix, with `pkgs` = the offline set and `lib` = pkgs.lib in
 * scope) strictly to JSON.
 */
async function evalNix(body: string): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const expr = `{ dir }: let pkgs = import (/. + dir) { }; lib = pkgs.lib; in ${body}`;
  const result = await execa('nix-instantiate', [...NIX_OPTS, '--eval', '--strict', '--json', '--argstr', 'dir', SET_DIR, '-E', expr], { reject: false });
  if (result.exitCode === 0) return { ok: true, value: JSON.parse(result.stdout) };
  return { ok: false, error: result.stderr };
}

export async function evalOk(body: string): Promise<unknown> {
  const result = await evalNix(body);
  if (!result.ok) throw new Error(`evaluation failed: ${body}\n${result.error}`);
  return result.value;
}

/** The `error: ...` line of a failed evaluation. */
export async function evalError(body: string): Promise<string> {
  const result = await evalNix(body);
  if (result.ok) throw new Error(`evaluation was expected to fail: ${body}\ngot ${JSON.stringify(result.value)}`);
  const line = result.error.split('\n').find((l) => l.startsWith('error:'));
  return line ?? result.error;
}

/** nix-build with out-links in `gcRoots` (so the paths survive a GC while tests run). */
export async function nixBuild(args: string[], gcRoots: string): Promise<string[]> {
  const result = await execa('nix-build', [...NIX_OPTS, '-o', join(gcRoots, 'result'), ...args], { reject: false, all: true });
  if (result.exitCode !== 0) throw new Error(`nix-build ${args.join(' ')} failed:\n${result.all}`);
  return result.stdout.split('\n').filter((line) => line.startsWith('/nix/store/'));
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function podmanRun(args: string[], options: { input?: string; reject?: boolean } = {}) {
  return execa('podman', args, { env: PODMAN_ENV, reject: options.reject ?? false, input: options.input, timeout: 120_000 });
}

/** Loads a docker-archive into podman; returns the image reference it names. */
export async function loadImage(archive: string): Promise<string> {
  const result = await podmanRun(['load', '-i', archive]);
  if (result.exitCode !== 0) throw new Error(`podman load ${archive} failed:\n${result.stderr}`);
  const match = /Loaded image(?:\(s\))?: (\S+)/.exec(result.stdout);
  if (!match) throw new Error(`podman load printed no image name:\n${result.stdout}`);
  return match[1]!;
}

export async function removeContainers(names: string[]): Promise<void> {
  for (const name of names) await podmanRun(['rm', '-f', '-v', '-t', '2', name]);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function until<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The manifest and config JSON of a docker-archive (uncompressed). */
export async function archiveConfig(archive: string): Promise<{ config: Record<string, unknown>; repoTags: string[] }> {
  const manifest = JSON.parse((await execa('tar', ['-xOf', archive, 'manifest.json'])).stdout) as { Config: string; RepoTags: string[] }[];
  const config = JSON.parse((await execa('tar', ['-xOf', archive, manifest[0]!.Config])).stdout) as Record<string, unknown>;
  return { config, repoTags: manifest[0]!.RepoTags };
}
