// A container of the image under test, run the hardened way: the image's own user (no
// --user, so a wrong User in the image shows), a read-only root, tmpfs only on the
// declared writable paths, no capabilities, no new privileges, ports on 127.0.0.1.
// Every container started here is removed by cleanup().
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { execa } from 'execa';
import { freePort, podman, podmanOk, removeContainer, startContainer } from '@armorred/podman';
import { tmpfsOptions } from '@armorred/image-facts';
import type { ImageUnderTest } from './image.js';

export { tmpfsOptions };

export interface ContainerSpec {
  writablePaths: readonly string[];
  tcpPorts: readonly number[];
}

export interface TestContainer {
  id: string;
  /** Container port -> host port on 127.0.0.1. */
  ports: Map<number, number>;
  url(port: number, path: string): string;
}

const started = new Set<string>();

export async function startHardened(image: ImageUnderTest, spec: ContainerSpec): Promise<TestContainer> {
  const ports = new Map<number, number>();
  for (const port of spec.tcpPorts) ports.set(port, await freePort());
  // Named before it starts, so cleanup() finds it even when starting fails half-way.
  const name = `armorred-test-${randomBytes(6).toString('hex')}`;
  started.add(name);
  const id = await startContainer({
    name,
    image: image.id!,
    readOnly: true,
    tmpfs: spec.writablePaths.map((path) => ({ path, options: tmpfsOptions(path) })),
    ports: [...ports].map(([container, host]) => ({ container, host })),
    capDropAll: true,
    noNewPrivileges: true,
  });
  return {
    id,
    ports,
    url: (port, path) => `http://127.0.0.1:${ports.get(port)}${path}`,
  };
}

/** Removes every container this process started (call in afterAll; also after failures). */
export async function cleanup(): Promise<void> {
  await Promise.all([...started].map(removeContainer));
  started.clear();
}

/** Host PIDs of every process in the container. */
export async function hostPids(id: string): Promise<number[]> {
  const output = await podmanOk(['top', id, 'hpid']);
  return output
    .split('\n')
    .slice(1)
    .map((line) => Number(line.trim()))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}

/** Real, effective, saved and filesystem UIDs and GIDs of a host process, from /proc. */
export function credentials(pid: number): { uids: number[]; gids: number[] } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const ids = (name: string) => (new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(status)?.[1] ?? '').split(/\s+/).map(Number);
  return { uids: ids('Uid'), gids: ids('Gid') };
}

/**
 * Tries to create (and remove) a file in directory `path` inside the running container,
 * through the host's view of its mounts: the directory is opened as root via
 * /proc/PID/root, then the write happens through that descriptor, optionally after
 * dropping to `as` (uid:gid), so only the directory's own mount and permissions decide.
 * Returns 'written' or the error (e.g. "Read-only file system", "Permission denied").
 */
export async function writeProbe(id: string, path: string, as?: string): Promise<string> {
  const [pid] = await hostPids(id);
  const directory = resolveInRoot(`/proc/${pid}/root`, path);
  const write = 'echo probe > /proc/self/fd/3/.armorred-write-probe && rm -f /proc/self/fd/3/.armorred-write-probe';
  const [uid, gid] = (as ?? '').split(':');
  const drop = as ? `setpriv --reuid=${Number(uid)} --regid=${Number(gid ?? uid)} --clear-groups ` : '';
  const result = await execa('sh', ['-c', `exec 3<"$1" && ${drop}sh -c '${write}'`, 'probe', directory], { reject: false });
  if (result.exitCode === 0) return 'written';
  const error = /(Read-only file system|Permission denied)/.exec(String(result.stderr));
  return error ? error[1]! : String(result.stderr).trim();
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

/** `podman exec` of a command; returns exit code and output. */
export async function execIn(id: string, argv: readonly string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return podman(['exec', id, ...argv]);
}

/** Stops the container with its stop signal, waiting up to `seconds`; reports whether it had to be killed. */
export async function stopGracefully(id: string, seconds: number): Promise<{ exitCode: number; killed: boolean }> {
  await podmanOk(['stop', '-t', String(seconds), id]);
  const state = JSON.parse(await podmanOk(['inspect', '--format', '{{json .State}}', id])) as { ExitCode: number };
  // 137 = 128 + SIGKILL: podman gave up waiting.
  return { exitCode: state.ExitCode, killed: state.ExitCode === 137 };
}
