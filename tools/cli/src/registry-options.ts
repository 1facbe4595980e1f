// Options of the commands that talk to a registry (publish, releases), checked once.
// Credentials are never options: they come from an auth file (--authfile or
// REGISTRY_AUTH_FILE, containers-auth.json), whose path alone is passed on.
import { UsageError } from '@armorred/errors';
import { parseRegistry, resolveAuthFile, type Connection, type Registry } from '@armorred/registry';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OptionSpec } from './cli.js';

export const REGISTRY_OPTIONS = {
  registry: { type: 'string', value: 'HOST[:PORT]/NAMESPACE', description: 'the registry and namespace, e.g. ghcr.io/armorred' },
  authfile: {
    type: 'string',
    value: 'FILE',
    description: 'registry credentials (containers-auth.json; default: $REGISTRY_AUTH_FILE, then the containers/Docker defaults)',
  },
  'cert-dir': { type: 'string', value: 'DIR', description: "the registry's CA certificate (DIR/*.crt) and client certificate, as skopeo takes them" },
  'tls-verify': { type: 'string', value: 'true|false', description: "verify the registry's TLS certificate (default true; false for testing only)" },
} as const satisfies Record<string, OptionSpec>;

export interface RegistryValues {
  registry?: string;
  authfile?: string;
  'cert-dir'?: string;
  'tls-verify'?: string;
}

export function parseRegistryValues(values: RegistryValues, cwd: string, env: NodeJS.ProcessEnv = process.env): { registry: Registry; connection: Connection } {
  if (values.registry === undefined) throw new UsageError('--registry HOST[:PORT]/NAMESPACE is required, e.g. --registry ghcr.io/armorred');
  const registry = parseRegistry(values.registry);
  const tls = values['tls-verify'] ?? 'true';
  if (tls !== 'true' && tls !== 'false') throw new UsageError(`--tls-verify must be true or false, not ${JSON.stringify(tls)}`);
  let certDir: string | undefined;
  if (values['cert-dir'] !== undefined) {
    certDir = resolve(cwd, values['cert-dir']);
    if (!existsSync(certDir) || !statSync(certDir).isDirectory()) throw new UsageError(`--cert-dir: no such folder: ${certDir}`);
  }
  const authFile = resolveAuthFile(values.authfile, env, cwd);
  return { registry, connection: { ...(authFile ? { authFile } : {}), ...(certDir ? { certDir } : {}), tlsVerify: tls === 'true' } };
}
