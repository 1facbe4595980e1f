// armorred publish and armorred releases, end to end with the real tools: nix-build (the
// offline package set), the image's suites under podman, skopeo, cosign 2.5 and
// Debian's docker-registry on loopback with TLS and htpasswd. The CLI runs as its own
// process, as a user runs it, so it can be killed mid-release and its command lines
// watched in /proc.
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { nixAvailable } from '@armorred/nix';
import { podmanAvailable } from '@armorred/podman';
import {
  RegistryClient,
  digestReference,
  parseRegistry,
  pushStaged,
  registryWrites,
  repositoryOf,
  skopeoAvailable,
  stageArchive,
  tagReference,
} from '@armorred/registry';
import { isCosignTag } from '@armorred/release-version';
import { ATTESTATION_KINDS, Cosign, cosignMissing, generateKeyPair } from '@armorred/signing';
import { startTestRegistry, testRegistryMissing, tinyDockerArchive, type TestRegistry } from '@armorred/test-registry';
import { skipNote, skipUnless } from '@armorred/testkit';
import { REPO, runCli } from '../test-support.js';

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const KEY_PASSWORD = `key-pw-${process.pid}-not-for-output`;

/**
 * Watches every process's command line (what /proc shows to anyone) while `run` runs;
 * returns the command lines that held one of `secrets`.
 */
async function commandLinesDuring<T>(secrets: () => string[], run: () => Promise<T>): Promise<{ result: T; exposed: string[] }> {
  const exposed = new Set<string>();
  let watching = true;
  const watch = (async () => {
    while (watching) {
      for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
        let line: string;
        try {
          line = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        } catch {
          continue;
        }
        if (secrets().some((secret) => line.includes(secret))) exposed.add(line.split(' ')[0]!);
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 20));
    }
  })();
  try {
    return { result: await run(), exposed: [...exposed] };
  } finally {
    watching = false;
    await watch;
  }
}

async function whatIsMissing(): Promise<string | undefined> {
  if (!(await nixAvailable())) return 'nix is not installed';
  if (!(await podmanAvailable())) return 'podman is not installed';
  if (!(await skopeoAvailable())) return 'skopeo is not installed';
  return (await cosignMissing()) ?? (await testRegistryMissing());
}

describe('armorred publish: refusals that need no registry', () => {
  it('an offline build cannot be published to catalog.yaml registry, and says so (exit 2)', async () => {
    const result = await runCli(['publish', 'nginx-1.26', '--pkgs', 'offline', '--registry', 'ghcr.io/armorred', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('org.armorred.pkgs=offline-debian-bookworm');
    expect(result.stderr).toContain("cannot be published to ghcr.io/armorred, catalog.yaml's registry");
    expect(result.stderr).toContain('--registry 127.0.0.1:5000/test');
  });

  it('checks its command line', async () => {
    expect((await runCli(['publish', 'nginx-1.26'])).stderr).toContain('--registry HOST[:PORT]/NAMESPACE is required');
    expect((await runCli(['publish', '--registry', 'ghcr.io/armorred'])).stderr).toContain('or use --changed');
    expect((await runCli(['publish', 'nginx-1.26', '--changed', '--registry', 'ghcr.io/armorred'])).code).toBe(2);
    expect((await runCli(['publish', 'nginx-1.26', '--registry', 'GHCR.io'])).stderr).toContain('--registry must be HOST[:PORT]/NAMESPACE');
    expect((await runCli(['publish', 'nginx-1.26', '--registry', 'ghcr.io/x', '--tls-verify', 'no'])).stderr).toContain('--tls-verify must be true or false');
    const help = await runCli(['publish', '--help']);
    expect(help.stdout).toContain('<version>-r<N>-<tier>   e.g. 1.26.3-r1-hardened   immutable');
  });
});

const skip = skipUnless(await whatIsMissing());

describe.skipIf(skip !== false)(`armorred publish nginx-1.26 to a real registry${skipNote(skip)}`, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'armorred-publish-test-'));
  /** The TMPDIR every run gets: everything temporary the publish writes lands here. */
  const temp = join(scratch, 'tmp');
  const outputs: string[] = [];
  const started = Date.now();
  let registry: TestRegistry;
  let ours: { keyFile: string; publicKeyFile: string };
  let theirs: { keyFile: string; publicKeyFile: string };
  let client: RegistryClient;
  let cosign: Cosign;
  const repository = () => repositoryOf(parseRegistry(`${registry.host}/test`), 'nginx');

  function args(extra: string[] = [], images = ['nginx-1.26']): string[] {
    return [
      CLI,
      'publish',
      ...images,
      '--pkgs',
      'offline',
      '--registry',
      `${registry.host}/test`,
      '--cert-dir',
      registry.certDir,
      '--sign-key',
      ours.keyFile,
      ...extra,
    ];
  }

  function releasesArgs(): string[] {
    return ['releases', 'nginx-1.26', '--registry', `${registry.host}/test`, '--authfile', registry.authFile, '--cert-dir', registry.certDir];
  }

  /** The secrets of this test, as they could leak: the key password, the registry password, and the auth entry. */
  function secrets(): string[] {
    return [KEY_PASSWORD, registry.password, Buffer.from(`${registry.username}:${registry.password}`).toString('base64')];
  }

  /** Runs the CLI as a user does (credentials from REGISTRY_AUTH_FILE, the password in COSIGN_PASSWORD). */
  async function publish(extra: string[] = [], images?: string[]) {
    const result = await execa(process.execPath, args(extra, images), {
      cwd: REPO,
      env: { ...process.env, COSIGN_PASSWORD: KEY_PASSWORD, REGISTRY_AUTH_FILE: registry.authFile, TMPDIR: temp },
      reject: false,
    });
    outputs.push(String(result.stdout), String(result.stderr));
    return result;
  }

  beforeAll(async () => {
    mkdirSync(temp);
    registry = await startTestRegistry({ dir: join(scratch, 'registry') });
    ours = await generateKeyPair(scratch, KEY_PASSWORD, 'ours');
    theirs = await generateKeyPair(scratch, 'theirs-password', 'theirs');
    client = new RegistryClient(registry.host, { authFile: registry.authFile, certDir: registry.certDir, tlsVerify: true });
    cosign = new Cosign({ authFile: registry.authFile, caFile: registry.caFile });
  });
  afterAll(async () => {
    cosign?.dispose();
    client?.close();
    await registry?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('killed between push and tag, it leaves no tag; the next run completes the release', async () => {
    const subprocess = execa(process.execPath, args(['--authfile', registry.authFile]), {
      cwd: REPO,
      env: { ...process.env, COSIGN_PASSWORD: KEY_PASSWORD, TMPDIR: temp },
      detached: true,
      reject: false,
    });
    let stderr = '';
    const killed = new Promise<void>((resolveKilled) => {
      subprocess.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        if (/hardened 1\.26\.3-r1: pushed \S+@sha256:[0-9a-f]{64}/.test(stderr)) {
          process.kill(-subprocess.pid!, 'SIGKILL');
          resolveKilled();
        }
      });
    });
    const result = await subprocess;
    await killed;
    outputs.push(String(result.stdout), stderr);
    expect(result.signal, stderr).toBe('SIGKILL');
    const digest = /pushed \S+@(sha256:[0-9a-f]{64})/.exec(stderr)![1]!;
    // The digest is in the registry, but no tag names it (cosign's own tags aside).
    expect(await client.manifestDigest(repository().path, digest)).toBe(digest);
    expect((await client.tags(repository().path)).filter((tag) => !isCosignTag(tag))).toEqual([]);

    const before = registry.log().length;
    const { result: completed, exposed } = await commandLinesDuring(secrets, () => publish());
    expect(completed.exitCode, completed.stderr).toBe(0);
    // Never a secret on a command line (/proc/<pid>/cmdline), cosign's included.
    expect(exposed).toEqual([]);
    expect(completed.stderr).toContain(`@${digest} is in the registry already (not pushed again)`);
    expect(completed.stderr).toContain('tests passed');
    const writes = registryWrites(registry.log().slice(before), repository().path);
    expect(writes.manifestPuts).toEqual(
      expect.arrayContaining(['1.26.3-r1-hardened', '1.26-hardened', '1.26.3-hardened', '1.26.3-r1-locked', '1.26-locked', '1.26.3-locked']),
    );
    // Immutable before moving, per tier.
    expect(writes.manifestPuts.indexOf('1.26.3-r1-hardened')).toBeLessThan(writes.manifestPuts.indexOf('1.26-hardened'));
  }, 900_000);

  it('published both tiers by digest, signed and attested, with the three tags each', async () => {
    const listed = await runCli([...releasesArgs(), '--key', ours.publicKeyFile, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const listing = JSON.parse(listed.stdout) as {
      releases: {
        version: string;
        tier: string;
        digest: string;
        reference: string;
        tags: string[];
        signed: boolean;
        attested: string[];
        packageSet: string;
        verified: unknown;
      }[];
    };
    expect(listing.releases.map((release) => `${release.version} ${release.tier}`)).toEqual(['1.26.3-r1 hardened', '1.26.3-r1 locked']);
    for (const release of listing.releases) {
      expect(release.reference).toBe(`${repository().name}@${release.digest}`);
      expect(release.tags).toEqual([`1.26.3-r1-${release.tier}`, `1.26-${release.tier}`, `1.26.3-${release.tier}`]);
      expect(release.signed).toBe(true);
      expect(release.attested).toEqual(['cyclonedx', 'spdxjson', 'openvex']);
      expect(release.packageSet).toBe('offline-debian-bookworm');
      expect(release.verified).toEqual({ signature: true, attestations: { cyclonedx: true, spdxjson: true, openvex: true } });
      // cosign verify on each tag, as a user would run it.
      for (const tag of release.tags) {
        expect(await client.manifestDigest(repository().path, tag)).toBe(release.digest);
        expect((await cosign.verify(tagReference(repository(), tag), ours.publicKeyFile)).verified).toBe(true);
      }
      for (const kind of ATTESTATION_KINDS)
        expect((await cosign.verifyAttestations(tagReference(repository(), release.tags[0]!), ours.publicKeyFile, kind.type)).verified).toBe(true);
      expect((await cosign.verify(release.reference, theirs.publicKeyFile)).verified).toBe(false);
    }
    expect(listed.stdout).not.toMatch(/"sha256-[0-9a-f]{64}\.(sig|att)"/);
    const text = await runCli(releasesArgs());
    expect(text.stdout).toMatch(
      /1\.26\.3-r1 hardened\n {2}\S+\/test\/nginx@sha256:[0-9a-f]{64}\n {2}tags: {9}1\.26\.3-r1-hardened, 1\.26-hardened, 1\.26\.3-hardened/,
    );
  }, 120_000);

  it('cosign rejects an unsigned image and one signed with another key', async () => {
    const dir = join(scratch, 'others');
    mkdirSync(dir);
    for (const [name, key] of [
      ['unsigned', undefined],
      ['foreign', theirs],
    ] as const) {
      const archive = join(dir, `${name}.tar`);
      await tinyDockerArchive(archive, `${name}\n`);
      const digest = await stageArchive(archive, join(dir, name));
      await pushStaged(join(dir, name), repository(), digest, { authFile: registry.authFile, certDir: registry.certDir, tlsVerify: true });
      await client.tag(repository().path, name, digest);
      if (key) await cosign.sign(digestReference(repository(), digest), key.keyFile, 'theirs-password');
      expect((await cosign.verify(tagReference(repository(), name), ours.publicKeyFile)).verified, name).toBe(false);
    }
  }, 120_000);

  it('re-running changes nothing: no blob uploaded, no tag moved, and it says so', async () => {
    const before = registry.log().length;
    const again = await publish();
    expect(again.exitCode, again.stderr).toBe(0);
    expect(registryWrites(registry.log().slice(before))).toEqual({ blobUploads: 0, manifestPuts: [] });
    expect(again.stdout).toMatch(/nginx-1\.26 hardened 1\.26\.3-r1: already published; nothing changed\n {2}\S+@sha256:[0-9a-f]{64}/);
    expect(again.stdout).toContain('nginx-1.26 locked 1.26.3-r1: already published; nothing changed');
    expect(again.stderr).not.toContain('building');
    const changed = await publish(['--changed'], []);
    expect(changed.exitCode, changed.stderr).toBe(0);
    expect(changed.stdout).toContain('nginx-1.26 locked 1.26.3-r1: already published; nothing changed');
    const json = await publish(['--json']);
    const records = JSON.parse(String(json.stdout)) as { digest: string; tags: { tag: string }[]; actions: string[]; signature: { reference: string } }[];
    expect(records.map((record) => record.actions)).toEqual([[], []]);
    expect(records[0]!.signature.reference).toMatch(/:sha256-[0-9a-f]{64}\.sig$/);
  }, 120_000);

  it('no secret appears in output, in the files it wrote, in its temp dirs or in the registry storage', () => {
    const leaks: string[] = [];
    const check = (where: string, content: Buffer | string) => {
      const text = typeof content === 'string' ? content : content.toString('latin1');
      for (const secret of secrets()) if (text.includes(secret)) leaks.push(where);
    };
    outputs.forEach((output, index) => check(`output ${index}`, output));
    const walk = (dir: string, visit: (file: string) => void, skip: (path: string) => boolean = () => false) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (skip(path)) continue;
        const stats = lstatSync(path);
        if (stats.isDirectory()) walk(path, visit, skip);
        else if (stats.isFile()) visit(path);
      }
    };
    // The repository: every file written since the test started.
    walk(
      REPO,
      (file) => {
        if (statSync(file).mtimeMs >= started) check(relative(REPO, file), readFileSync(file));
      },
      (path) => /\/(node_modules|\.git|\.nx)$/.test(path),
    );
    // The temp dirs it used, and the registry storage (compressed layers unpacked).
    const scan = (file: string) => {
      const content = readFileSync(file);
      check(file, content);
      if (content[0] === 0x1f && content[1] === 0x8b) check(`${file} (gunzipped)`, gunzipSync(content));
    };
    walk(temp, scan);
    walk(registry.storage, scan);
    expect(leaks).toEqual([]);
  }, 120_000);
});
