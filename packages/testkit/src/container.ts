// Containers of the image under test, run the hardened way. The podman arguments come from
// one description, the tier's hardened run (the spec's tierRun, rendered by image-facts'
// podmanRunArgs: the same command the analysis page prints): the image's own user (no
// --user, so a wrong User in the image shows), a read-only root, scratch paths on tmpfs,
// state paths on volumes given to the runtime user (:U), no capabilities, no new
// privileges, ports on 127.0.0.1. Here the host ports are random and every volume is
// created for the test under a name of its own. Every container and volume made here is
// removed by cleanup().
import { lstatSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { execa } from 'execa';
import { freePort, podman, podmanOk, removeContainer } from '@armorred/podman';
import { podmanRunArgs, tmpfsOptions, type HardenedRun } from '@armorred/image-facts';
import type { Immutable } from './contract.js';
import type { ImageUnderTest } from './image.js';
import { containerState, describeState, hostPids } from './processes.js';
import { MATCH_INPUT_LIMIT } from './regex.js';
import { boundedPodman, type ExecAnswer } from './probes.js';

export { tmpfsOptions };

export interface TestContainer {
  id: string;
  name: string;
  /** Container port -> host port on 127.0.0.1. */
  ports: Map<number, number>;
  /** State path -> the volume mounted there. */
  volumes: Map<string, string>;
  url(port: number, path: string): string;
}

export interface HardenedOptions {
  /** Mount these volumes (state path -> volume name) instead of new ones: a second container on the same state. */
  volumes?: ReadonlyMap<string, string>;
}

const containers = new Set<string>();
const volumes = new Set<string>();

/** A copy of a run that podmanRunArgs accepts (the suite's data is read-only). */
function mutableRun(run: Immutable<HardenedRun>): HardenedRun {
  return {
    ...run,
    tmpfs: run.tmpfs.map((mount) => ({ ...mount })),
    volumes: run.volumes.map((volume) => ({ ...volume })),
    ports: run.ports.map((port) => ({ ...port })),
  };
}

/** A fresh container name, the host ports, the volumes (created now unless reused) and the podman arguments. */
async function prepare(run: Immutable<HardenedRun>, options: HardenedOptions) {
  const name = `armorred-test-${randomBytes(6).toString('hex')}`;
  // Tracked before anything is created, so cleanup() finds what a half-way failure left.
  containers.add(name);
  const ports = new Map<number, number>();
  for (const { port } of run.ports) ports.set(port, await freePort());
  const volumeNames = new Map<string, string>();
  for (const volume of run.volumes) {
    const reused = options.volumes?.get(volume.path);
    if (reused !== undefined) volumeNames.set(volume.path, reused);
    else {
      const volumeName = `${name}-${volume.name}`;
      volumes.add(volumeName);
      await podmanOk(['volume', 'create', volumeName]);
      volumeNames.set(volume.path, volumeName);
    }
  }
  const args = ['--name', name, ...podmanRunArgs(mutableRun(run), { hostPorts: ports, volumeNames })];
  return { name, ports, volumeNames, args };
}

function testContainer(id: string, name: string, ports: Map<number, number>, volumeNames: Map<string, string>): TestContainer {
  return { id, name, ports, volumes: volumeNames, url: (port, path) => `http://127.0.0.1:${ports.get(port)}${path}` };
}

/** Starts the image detached under the hardened run (a service). */
export async function startHardened(image: ImageUnderTest, run: Immutable<HardenedRun>, options: HardenedOptions = {}): Promise<TestContainer> {
  const { name, ports, volumeNames, args } = await prepare(run, options);
  const id = (await podmanOk(['run', '-d', ...args, image.id!])).trim();
  return testContainer(id, name, ports, volumeNames);
}

/**
 * Creates the container under the hardened run and sets it up without starting it
 * (`podman init`): its namespaces, mounts, user, capabilities and no-new-privileges are in
 * place and its init process waits to execute the entrypoint. For images without a daemon
 * (tools), the process probes look at that process.
 */
export async function initHardened(image: ImageUnderTest, run: Immutable<HardenedRun>, options: HardenedOptions = {}): Promise<TestContainer> {
  const { name, ports, volumeNames, args } = await prepare(run, options);
  const id = (await podmanOk(['create', ...args, image.id!])).trim();
  await podmanOk(['init', id]);
  return testContainer(id, name, ports, volumeNames);
}

/**
 * Runs `command` (an absolute binary of the image and its arguments; no shell) as the
 * entrypoint of a new container under the hardened run, to completion (`podman run --rm`):
 * how a tool image's exec checks run. Removed after `timeoutMs`; output capped.
 */
export async function runHardenedOnce(
  image: ImageUnderTest,
  run: Immutable<HardenedRun>,
  command: readonly string[],
  timeoutMs: number,
  options: HardenedOptions = {},
): Promise<ExecAnswer> {
  const { name, args } = await prepare(run, options);
  const answer = await boundedPodman(['run', '--rm', ...args, '--entrypoint', JSON.stringify([command[0]]), image.id!, ...command.slice(1)], timeoutMs);
  // --rm removed it, unless podman was killed first.
  await removeContainer(name);
  containers.delete(name);
  return answer;
}

/** Removes one container now (its volumes stay until cleanup()). */
export async function removeTestContainer(container: TestContainer): Promise<void> {
  await removeContainer(container.name);
  containers.delete(container.name);
}

/** Removes every container and volume this process made (call in afterAll; also after failures). */
export async function cleanup(): Promise<void> {
  await Promise.all([...containers].map(removeContainer));
  containers.clear();
  await Promise.all([...volumes].map((name) => podman(['volume', 'rm', '-f', name])));
  volumes.clear();
}

/**
 * Runs `script` (sh, on the host) with file descriptor 3 open on directory `path` inside
 * the container: the directory is opened as root through /proc/PID/root, then the script
 * runs, optionally after dropping to `as` (uid:gid), so only the directory's own mount and
 * permissions decide what it may do. `args` are the script's $1, $2, ...
 */
async function inContainerDirectory(id: string, path: string, script: string, args: readonly string[], as?: string) {
  const [pid] = await hostPids(id);
  const directory = resolveInRoot(`/proc/${pid}/root`, path);
  const [uid, gid] = (as ?? '').split(':');
  const drop = as ? ['setpriv', `--reuid=${Number(uid)}`, `--regid=${Number(gid ?? uid)}`, '--clear-groups'] : [];
  return execa('sh', ['-c', 'exec 3<"$1" && shift && exec "$@"', 'probe', directory, ...drop, 'sh', '-c', script, 'probe', ...args], { reject: false });
}

function outcome(result: { exitCode?: number; stderr?: unknown }): string {
  if (result.exitCode === 0) return 'written';
  const error = /(Read-only file system|Permission denied)/.exec(String(result.stderr));
  return error ? error[1]! : String(result.stderr).trim();
}

/**
 * Tries to create (and remove) a file in directory `path` inside the container, as root or
 * as `as` (uid:gid). Returns 'written' or the error (e.g. "Read-only file system",
 * "Permission denied").
 */
export async function writeProbe(id: string, path: string, as?: string): Promise<string> {
  const file = '/proc/self/fd/3/.armorred-write-probe';
  return outcome(await inContainerDirectory(id, path, `echo probe > ${file} && rm -f ${file}`, [], as));
}

const STATE_PROBE = '/proc/self/fd/3/.armorred-state-probe';

/** Leaves a file holding `content` in directory `path` of the container, written as `as`; 'written' or the error. */
export async function leaveFile(id: string, path: string, content: string, as: string): Promise<string> {
  return outcome(await inContainerDirectory(id, path, `printf %s "$1" > ${STATE_PROBE}`, [content], as));
}

/** The content of the file leaveFile wrote in `path` (and removes it), or undefined when it is not there. */
export async function takeFile(id: string, path: string): Promise<string | undefined> {
  const result = await inContainerDirectory(id, path, `cat ${STATE_PROBE} && rm -f ${STATE_PROBE}`, []);
  return result.exitCode === 0 ? String(result.stdout) : undefined;
}

/**
 * The host path of `path` inside a container root, with every symlink resolved inside that
 * root. The kernel would resolve an absolute symlink met under /proc/PID/root against the
 * host's root, so a probe could write to the host; this walk never leaves `root`.
 */
export function resolveInRoot(root: string, path: string): string {
  const resolved: string[] = [];
  let pending = path.split('/').filter((part) => part !== '' && part !== '.');
  for (let hops = 0; pending.length > 0;) {
    const part = pending.shift()!;
    if (part === '..') {
      resolved.pop();
      continue;
    }
    const candidate = join(root, ...resolved, part);
    if (lstatSync(candidate, { throwIfNoEntry: false })?.isSymbolicLink()) {
      if (++hops > 40) throw new Error(`too many symlinks resolving ${path} in the container`);
      const target = readlinkSync(candidate);
      if (target.startsWith('/')) resolved.length = 0;
      pending = [...target.split('/').filter((piece) => piece !== '' && piece !== '.'), ...pending];
      continue;
    }
    resolved.push(part);
  }
  return join(root, ...resolved);
}

/** The last lines of the container's log (stdout and stderr), at most `chars` characters. */
export async function containerLogs(id: string, lines = 40, chars = 4000): Promise<string> {
  const result = await podman(['logs', '--tail', String(lines), id], { maxBuffer: MATCH_INPUT_LIMIT, stdin: 'ignore' });
  const text = [result.stdout, result.stderr]
    .filter((part) => part.trim() !== '')
    .join('\n')
    .trimEnd();
  return text.length > chars ? `…${text.slice(-chars)}` : text;
}

/**
 * Stops the running container with its stop signal, waiting up to `seconds`; reports
 * whether podman had to kill it. A container that is not running fails: it stopped (or
 * died) by itself, which proves nothing about its stop signal.
 */
export async function stopGracefully(id: string, seconds: number): Promise<{ exitCode: number; killed: boolean }> {
  const before = await containerState(id);
  if (!before.running) throw new Error(`the container is not running (${describeState(before)}), so it cannot show a clean stop on its signal`);
  await podmanOk(['stop', '-t', String(seconds), id]);
  const after = await containerState(id);
  // 137 = 128 + SIGKILL: podman gave up waiting.
  return { exitCode: after.exitCode, killed: after.exitCode === 137 };
}

/** Restarts the container (stop signal, then start), waiting up to `seconds` for the stop. */
export async function restartContainer(id: string, seconds: number): Promise<void> {
  await podmanOk(['restart', '-t', String(seconds), id]);
}
