// Pushing images by digest with skopeo. A docker-archive (what dockerTools builds) pushed
// straight to a digest reference fails ("Digest of source image's manifest would not
// match destination reference"): the digest of the pushed manifest is only known after
// compressing the layers. So the archive is first copied once to a compressed `dir:`
// folder; its manifest.json is then exactly the manifest the registry will hold, its
// sha256 is the digest, and pushing that folder by digest is stable (gzip here is
// deterministic: the same archive always gives the same digest).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ToolFailedError, UnavailableError } from '@armorred/errors';
import type { Connection } from './connection.js';
import { digestReference, type Repository } from './reference.js';
// execa is imported inside the functions that run a tool: loading it takes about 0.1 s,
// which a command that runs none (an unchanged re-publish) should not pay.

/** skopeo's options for reaching a registry; `side` picks the flag names of skopeo copy. */
export function skopeoConnectionArgs(connection: Connection, side: 'src' | 'dest' | 'inspect'): string[] {
  const prefix = side === 'inspect' ? '' : `${side}-`;
  return [
    ...(connection.authFile ? [`--${prefix}authfile`, connection.authFile] : []),
    ...(connection.certDir ? [`--${prefix}cert-dir`, connection.certDir] : []),
    ...(connection.tlsVerify ? [] : [`--${prefix}tls-verify=false`]),
  ];
}

/** The environment skopeo runs with: the caller's, minus anything secret it must not see. */
function skopeoEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { COSIGN_PASSWORD: _password, ...rest } = env;
  return rest;
}

async function skopeo(args: string[], what: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { execa } = await import('execa');
  const result = await execa('skopeo', args, { reject: false, all: true, env: skopeoEnv(env), extendEnv: false });
  if (result.failed && (result as { code?: string }).code === 'ENOENT') throw new UnavailableError('skopeo is not installed (apt-get install skopeo)');
  if (result.exitCode !== 0) {
    const detail = String(result.all ?? '')
      .split('\n')
      .map((line) => line.replace(/^time="[^"]*" level=\w+ msg="(.*)"$/, '$1'))
      .filter(Boolean)
      .slice(-4)
      .join('\n');
    throw new ToolFailedError(`skopeo failed to ${what}:\n${detail}`);
  }
  return String(result.stdout ?? '');
}

/** The digest of the manifest in a `dir:` folder. */
export function stagedDigest(dir: string): string {
  return `sha256:${createHash('sha256')
    .update(readFileSync(join(dir, 'manifest.json')))
    .digest('hex')}`;
}

/** The image config in a `dir:` folder (its labels say how it was built). */
export function stagedConfig(dir: string): { config?: { Labels?: Record<string, string> | null } } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { config: { digest: string } };
  const [algorithm, hex] = manifest.config.digest.split(':');
  if (algorithm !== 'sha256' || !/^[0-9a-f]{64}$/.test(hex ?? ''))
    throw new ToolFailedError(`the staged image in ${dir} names a config ${manifest.config.digest}`);
  return JSON.parse(readFileSync(join(dir, hex!), 'utf8')) as { config?: { Labels?: Record<string, string> | null } };
}

/**
 * Copies a docker-archive to a `dir:` folder with compressed layers; returns the digest
 * the image will have in any registry it is pushed to from there.
 */
export async function stageArchive(archive: string, dir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  await skopeo(['copy', '--quiet', '--dest-compress', `docker-archive:${archive}`, `dir:${dir}`], `stage ${archive}`, env);
  return stagedDigest(dir);
}

export interface PushOptions {
  /**
   * Hash each blob before asking the registry for it (skopeo --dest-precompute-digests): on a
   * machine whose blob-info cache is empty (a new CI runner) blobs the registry already has
   * are then not uploaded again.
   */
  precomputeDigests?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Pushes a staged folder to `repository@digest` (no tag): blobs the registry has are skipped. */
export async function pushStaged(dir: string, repository: Repository, digest: string, connection: Connection, options: PushOptions = {}): Promise<void> {
  if (stagedDigest(dir) !== digest) throw new ToolFailedError(`the staged image in ${dir} is not ${digest}; refusing to push it`);
  await skopeo(
    [
      'copy',
      '--quiet',
      ...skopeoConnectionArgs(connection, 'dest'),
      ...(options.precomputeDigests ? ['--dest-precompute-digests'] : []),
      `dir:${dir}`,
      `docker://${digestReference(repository, digest)}`,
    ],
    `push ${digestReference(repository, digest)}`,
    options.env ?? process.env,
  );
}

/** `skopeo inspect --raw`: one manifest round trip through skopeo (the benchmark's yardstick). */
export async function skopeoInspectRaw(reference: string, connection: Connection, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return skopeo(['inspect', '--raw', ...skopeoConnectionArgs(connection, 'inspect'), `docker://${reference}`], `inspect ${reference}`, env);
}

export async function skopeoAvailable(): Promise<boolean> {
  const { execa } = await import('execa');
  const result = await execa('skopeo', ['--version'], { reject: false });
  return result.exitCode === 0;
}
