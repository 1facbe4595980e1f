// cosign, run with exactly what it needs. Registry credentials reach it through a
// private DOCKER_CONFIG folder whose config.json is a symlink to the auth file (nothing
// secret is copied or written); the key password only through COSIGN_PASSWORD in the
// environment of the cosign calls that open the private key (never argv: /proc shows it).
// Signing here is with a key pair and without the transparency log (--tlog-upload=false;
// verification then needs --insecure-ignore-tlog=true); keyless signing in CI is described
// in docs/publishing.md.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ToolFailedError, UnavailableError } from '@armorred/errors';
import { canonicalJson, type AttestationType } from './attestations.js';
// execa is imported inside the functions that run a tool: loading it takes about 0.1 s,
// which a command that runs none (an unchanged re-publish) should not pay.

/** How cosign reaches the registry. */
export interface CosignRegistryAccess {
  /** containers-auth.json / Docker config.json with the credentials. */
  authFile?: string;
  /** The registry's CA certificate (PEM). */
  caFile?: string;
  /** Accept any certificate (testing only). */
  insecure?: boolean;
}

const INSTALL = 'cosign 2.5 is not installed: install it from Debian 13 (trixie) as tools/scripts/setup.sh does';

/** Why cosign cannot run here, or undefined when it can. */
export async function cosignMissing(): Promise<string | undefined> {
  const { execa } = await import('execa');
  const result = await execa('cosign', ['version'], { reject: false });
  if ((result as { code?: string }).code === 'ENOENT') return INSTALL;
  return result.exitCode === 0 ? undefined : `cosign version failed: ${String(result.stderr).trim().split('\n').pop()}`;
}

/** The lines of cosign's error output that say what went wrong (not its warnings). */
function errorSummary(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('WARNING') && !line.startsWith('error during command execution'));
  return [...new Set(lines)].slice(-3).join('\n');
}

/** Verification failed because there is nothing valid to find (not because a tool broke). */
const NOT_VERIFIED = /no signatures found|no matching signatures|no matching attestations|none of the attestations matched/;

export interface Verification {
  verified: boolean;
  /** Why not, in cosign's words. */
  reason?: string;
}

export interface AttestationVerification extends Verification {
  /** The verified statements' predicates, canonical JSON (see canonicalJson). */
  predicates: string[];
}

export class Cosign {
  private readonly dockerConfig: string;
  private readonly access: CosignRegistryAccess;
  private readonly baseEnv: NodeJS.ProcessEnv;

  constructor(access: CosignRegistryAccess, env: NodeJS.ProcessEnv = process.env) {
    this.access = access;
    this.dockerConfig = mkdtempSync(join(tmpdir(), 'armorred-cosign-'));
    if (access.authFile) symlinkSync(access.authFile, join(this.dockerConfig, 'config.json'));
    else writeFileSync(join(this.dockerConfig, 'config.json'), '{}\n');
    // Nothing secret is inherited: the password is added only to the calls that need it.
    const { COSIGN_PASSWORD: _password, DOCKER_CONFIG: _config, REGISTRY_AUTH_FILE: _auth, ...rest } = env;
    this.baseEnv = { ...rest, DOCKER_CONFIG: this.dockerConfig };
  }

  /** Removes the private DOCKER_CONFIG folder (the symlink, never the auth file). */
  dispose(): void {
    rmSync(this.dockerConfig, { recursive: true, force: true });
  }

  private registryArgs(): string[] {
    return [...(this.access.caFile ? ['--registry-cacert', this.access.caFile] : []), ...(this.access.insecure ? ['--allow-insecure-registry'] : [])];
  }

  private async run(args: string[], password?: string) {
    const { execa } = await import('execa');
    const result = await execa('cosign', args, {
      env: password === undefined ? this.baseEnv : { ...this.baseEnv, COSIGN_PASSWORD: password },
      extendEnv: false,
      reject: false,
      stdin: 'ignore',
    });
    if ((result as { code?: string }).code === 'ENOENT') throw new UnavailableError(INSTALL);
    return { exitCode: result.exitCode ?? 1, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
  }

  private async runOk(args: string[], what: string, password?: string): Promise<string> {
    const result = await this.run(args, password);
    if (result.exitCode !== 0) throw new ToolFailedError(`cosign failed to ${what}:\n${errorSummary(result.stderr)}`);
    return result.stdout;
  }

  /** The public key (PEM) of a private key: what verification uses, derived so it always matches. */
  async publicKey(keyFile: string, password: string): Promise<string> {
    return this.runOk(['public-key', '--key', keyFile], `read the public key of ${keyFile} (is COSIGN_PASSWORD right?)`, password);
  }

  /** Signs `reference` (REPO@sha256:...): the signature goes to REPO:sha256-<hex>.sig. */
  async sign(reference: string, keyFile: string, password: string): Promise<void> {
    await this.runOk(['sign', '--key', keyFile, '--tlog-upload=false', '--yes', ...this.registryArgs(), reference], `sign ${reference}`, password);
  }

  /** Attaches `predicateFile` as a signed attestation of `type` (stored at REPO:sha256-<hex>.att). */
  async attest(reference: string, keyFile: string, password: string, type: AttestationType, predicateFile: string): Promise<void> {
    await this.runOk(
      ['attest', '--key', keyFile, '--tlog-upload=false', '--yes', '--type', type, '--predicate', predicateFile, ...this.registryArgs(), reference],
      `attest ${type} to ${reference}`,
      password,
    );
  }

  /** Whether `reference` carries a signature made with the key `publicKeyFile` belongs to. */
  async verify(reference: string, publicKeyFile: string): Promise<Verification> {
    const result = await this.run(['verify', '--key', publicKeyFile, '--insecure-ignore-tlog=true', '--output', 'json', ...this.registryArgs(), reference]);
    if (result.exitCode === 0) return { verified: true };
    const reason = errorSummary(result.stderr);
    if (NOT_VERIFIED.test(result.stderr)) return { verified: false, reason };
    throw new ToolFailedError(`cosign failed to verify ${reference}:\n${reason}`);
  }

  /** The predicates of `type` attested to `reference` with the key `publicKeyFile` belongs to. */
  async verifyAttestations(reference: string, publicKeyFile: string, type: AttestationType): Promise<AttestationVerification> {
    const result = await this.run([
      'verify-attestation',
      '--key',
      publicKeyFile,
      '--insecure-ignore-tlog=true',
      '--type',
      type,
      ...this.registryArgs(),
      reference,
    ]);
    if (result.exitCode !== 0) {
      const reason = errorSummary(result.stderr);
      if (NOT_VERIFIED.test(result.stderr)) return { verified: false, reason, predicates: [] };
      throw new ToolFailedError(`cosign failed to verify the ${type} attestations of ${reference}:\n${reason}`);
    }
    const predicates = result.stdout
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line) => {
        const envelope = JSON.parse(line) as { payload: string };
        const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as { predicate: unknown };
        return canonicalJson(statement.predicate);
      });
    return { verified: predicates.length > 0, predicates };
  }
}

/** The environment without the key password, for every process that is not cosign signing. */
export function withoutKeyPassword(env: NodeJS.ProcessEnv): Record<string, string> {
  const { COSIGN_PASSWORD: _password, ...rest } = env;
  return rest as Record<string, string>;
}

/** `cosign generate-key-pair` into `dir` (PREFIX.key, PREFIX.pub), the password through the environment. */
export async function generateKeyPair(dir: string, password: string, prefix = 'cosign'): Promise<{ keyFile: string; publicKeyFile: string }> {
  const { execa } = await import('execa');
  const result = await execa('cosign', ['generate-key-pair', '--output-key-prefix', join(dir, prefix)], {
    env: { ...process.env, COSIGN_PASSWORD: password },
    extendEnv: false,
    reject: false,
    stdin: 'ignore',
  });
  if ((result as { code?: string }).code === 'ENOENT') throw new UnavailableError(INSTALL);
  if (result.exitCode !== 0) throw new ToolFailedError(`cosign generate-key-pair failed:\n${errorSummary(String(result.stderr))}`);
  return { keyFile: join(dir, `${prefix}.key`), publicKeyFile: join(dir, `${prefix}.pub`) };
}
