// How every tool reaches a registry: the credentials file, the certificates, whether TLS
// is verified. Credentials live only in the auth file (containers-auth.json(5): --authfile,
// else REGISTRY_AUTH_FILE, else the default locations); tools are given its path, never
// its content, and nothing here prints or writes what it holds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { InvalidInputError, UsageError } from '@armorred/errors';

export interface Connection {
  /** containers-auth.json / Docker config.json with the registry's credentials (absolute). */
  authFile?: string;
  /** A folder with the registry's CA (*.crt) and client certificate (*.cert + *.key), as skopeo's --cert-dir. */
  certDir?: string;
  /** false: accept any certificate (testing only). */
  tlsVerify: boolean;
}

const MAX_AUTH_FILE = 1024 * 1024;
const MAX_CERT_FILE = 1024 * 1024;

/**
 * The auth file to use: --authfile, else $REGISTRY_AUTH_FILE, else the first that exists of
 * $XDG_RUNTIME_DIR/containers/auth.json, $XDG_CONFIG_HOME/containers/auth.json and
 * $DOCKER_CONFIG/config.json (~/.docker/config.json), as skopeo and podman look them up.
 */
export function resolveAuthFile(given: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  if (given !== undefined) {
    const file = resolve(cwd, given);
    if (!existsSync(file)) throw new UsageError(`--authfile: no such file: ${file}`);
    return file;
  }
  if (env.REGISTRY_AUTH_FILE) {
    const file = resolve(cwd, env.REGISTRY_AUTH_FILE);
    if (!existsSync(file)) throw new UsageError(`REGISTRY_AUTH_FILE: no such file: ${file}`);
    return file;
  }
  const home = env.HOME ?? homedir();
  const candidates = [
    env.XDG_RUNTIME_DIR && join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'),
    join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'containers', 'auth.json'),
    join(env.DOCKER_CONFIG ?? join(home, '.docker'), 'config.json'),
  ];
  return candidates.find((file): file is string => typeof file === 'string' && existsSync(file));
}

/**
 * Reads a small file of the user's (an auth file, a certificate), bounded; `what` names it
 * in errors, never its content. These are the user's own files, outside the repository:
 * they may be symlinks (~/.docker/config.json often is).
 */
export function readSmallFile(file: string, maxBytes: number, what: string): Buffer {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new InvalidInputError(`${what} ${file} does not exist`);
  if (!stats.isFile()) throw new InvalidInputError(`${what} ${file} is not a regular file`);
  if (stats.size > maxBytes) throw new InvalidInputError(`${what} ${file} is over ${maxBytes} bytes; it is not read`);
  return readFileSync(file);
}

export interface Credentials {
  username: string;
  password: string;
}

/**
 * The credentials an auth file holds for `host` (optionally narrowed to a repository path:
 * containers-auth.json allows per-namespace entries; the longest match wins). The secret
 * stays in memory; errors never include it.
 */
export function credentialsFor(authFile: string | undefined, host: string, path = ''): Credentials | undefined {
  if (!authFile) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readSmallFile(authFile, MAX_AUTH_FILE, 'the auth file').toString('utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new InvalidInputError(`the auth file ${authFile} is not valid JSON`);
    throw error;
  }
  const auths = (parsed as { auths?: Record<string, { auth?: unknown }> }).auths ?? {};
  const wanted = `${host}/${path}`;
  const keys = Object.keys(auths)
    .map((key) => ({ key, scope: key.replace(/^https?:\/\//, '').replace(/\/+$/, '') }))
    .filter(({ scope }) => scope === host || wanted === scope || wanted.startsWith(`${scope}/`))
    .sort((a, b) => b.scope.length - a.scope.length);
  for (const { key } of keys) {
    const auth = auths[key]?.auth;
    if (typeof auth !== 'string') continue;
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return undefined;
}

export interface TlsMaterial {
  /** Extra CA certificates (PEM), from *.crt. */
  ca: string[];
  /** A client certificate pair, from NAME.cert and NAME.key. */
  cert?: string;
  key?: string;
}

/** The certificates in a --cert-dir folder, read as skopeo reads them (*.crt CAs, *.cert/*.key pairs). */
export function readCertDir(certDir: string | undefined): TlsMaterial {
  if (!certDir) return { ca: [] };
  let names: string[];
  try {
    names = readdirSync(certDir).sort();
  } catch {
    throw new UsageError(`--cert-dir: cannot read the folder ${certDir}`);
  }
  const read = (name: string) => readSmallFile(join(certDir, name), MAX_CERT_FILE, 'the certificate').toString('utf8');
  const material: TlsMaterial = { ca: names.filter((name) => name.endsWith('.crt')).map(read) };
  const pair = names.find((name) => name.endsWith('.cert') && names.includes(name.replace(/\.cert$/, '.key')));
  if (pair) {
    material.cert = read(pair);
    material.key = read(pair.replace(/\.cert$/, '.key'));
  }
  return material;
}

/** The CA file in a cert dir (for tools that take one file, like cosign's --registry-cacert). */
export function caFileOf(certDir: string | undefined): string | undefined {
  if (!certDir) return undefined;
  const names = readdirSync(certDir).filter((name) => name.endsWith('.crt'));
  if (names.length > 1) throw new UsageError(`--cert-dir ${certDir}: holds ${names.length} *.crt files; cosign takes one CA file: keep one (ca.crt)`);
  return names[0] && join(certDir, names[0]);
}
