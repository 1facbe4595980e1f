// The one place podman is called from. Every call gets the project's containers.conf
// (runtime runc, ulimits that work on these machines), so callers never repeat flags.
import { ArmorredError, EXIT, ToolFailedError } from '@armorred/errors';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { execa, type Options } from 'execa';

/** tools/podman/containers.conf of this repository. */
export const CONTAINERS_CONF = join(import.meta.dirname, '..', '..', '..', 'tools', 'podman', 'containers.conf');

export class PodmanError extends ArmorredError {
  readonly stderr: string;
  readonly podmanExitCode: number | undefined;
  constructor(args: readonly string[], stderr: string, exitCode: number | undefined) {
    super(`podman ${args.join(' ')} failed (exit ${exitCode}): ${stderr.trim()}`, EXIT.FAILED);
    this.stderr = stderr;
    this.podmanExitCode = exitCode;
  }
}

export interface PodmanResult {
  stdout: string;
  stderr: string;
  /** -1 when podman was killed (see timedOut). */
  exitCode: number;
  /** podman was killed after options.timeout ms. */
  timedOut: boolean;
  /** Output went past options.maxBuffer and was cut there. */
  truncated: boolean;
}

/** Runs podman; never throws for a non-zero exit (callers decide). Bound it with execa's `timeout` and `maxBuffer` options. */
export async function podman(args: readonly string[], options: Options = {}): Promise<PodmanResult> {
  const result = await execa('podman', args, {
    reject: false,
    ...options,
    env: { ...options.env, CONTAINERS_CONF },
  });
  return {
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    exitCode: result.exitCode ?? -1,
    timedOut: result.timedOut === true,
    truncated: result.isMaxBuffer === true,
  };
}

/** Runs podman; throws PodmanError for a non-zero exit. */
export async function podmanOk(args: readonly string[], options: Options = {}): Promise<string> {
  const result = await podman(args, options);
  if (result.exitCode !== 0) throw new PodmanError(args, result.stderr, result.exitCode);
  return result.stdout;
}

let available: boolean | undefined;
export async function podmanAvailable(): Promise<boolean> {
  if (available === undefined) {
    try {
      available = (await podman(['--version'])).exitCode === 0;
    } catch {
      available = false;
    }
  }
  return available;
}

/** `podman load -i ARCHIVE`; returns the loaded image's reference (name:tag) or ID. */
export async function loadArchive(archive: string): Promise<string> {
  const stdout = await podmanOk(['load', '-q', '-i', archive]);
  const match = /Loaded image(?:\(s\))?: (\S+)/.exec(stdout);
  // podman exited 0 but said nothing we understand: the tool failed (exit 3), not armorred.
  if (!match) throw new ToolFailedError(`podman load -i ${archive} printed no loaded image: ${stdout.trim().slice(0, 500) || '(nothing)'}`);
  return match[1]!;
}

export interface ImageInspection {
  Id: string;
  Digest?: string;
  RepoTags?: string[];
  Config: {
    User?: string;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    Env?: string[] | null;
    WorkingDir?: string;
    ExposedPorts?: Record<string, object> | null;
    StopSignal?: string;
    Labels?: Record<string, string> | null;
  };
  RootFS: { Layers: string[] };
  Size: number;
}

export async function inspectImage(reference: string): Promise<ImageInspection> {
  const [image] = JSON.parse(await podmanOk(['image', 'inspect', '--', reference])) as ImageInspection[];
  return image!;
}

/** A free TCP port on 127.0.0.1, so suites can run side by side. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunOptions {
  image: string;
  /** --user */
  user?: string;
  /**
   * podman run arguments before the image: how to run it. For the hardened run (read-only
   * root, tmpfs, no capabilities, no new privileges, ports on 127.0.0.1) pass
   * podmanRunArgs(hardenedRun(...)) of @armorred/image-facts, the one description of it.
   */
  runArgs?: readonly string[];
  entrypoint?: string;
  args?: string[];
  name?: string;
}

function runArgs(options: RunOptions): string[] {
  const args: string[] = [];
  if (options.name) args.push('--name', options.name);
  if (options.user) args.push('--user', options.user);
  args.push(...(options.runArgs ?? []));
  if (options.entrypoint !== undefined) args.push('--entrypoint', options.entrypoint);
  // "--": the image reference is never read as an option (the arguments after it go to the container).
  args.push('--', options.image, ...(options.args ?? []));
  return args;
}

/** Starts a detached container; returns its ID. Remove it with removeContainer. */
export async function startContainer(options: RunOptions): Promise<string> {
  return (await podmanOk(['run', '-d', ...runArgs(options)])).trim();
}

/** Runs a container to completion (`podman run --rm`); returns what it printed and its exit code. */
export async function runOnce(options: RunOptions): Promise<PodmanResult> {
  return podman(['run', '--rm', ...runArgs(options)]);
}

/** Removes a container whatever its state; never throws (used in cleanup paths). */
export async function removeContainer(id: string): Promise<void> {
  await podman(['rm', '-f', '-t', '0', id]);
}

export async function removeImage(reference: string): Promise<void> {
  await podman(['rmi', '-f', '--', reference]);
}
