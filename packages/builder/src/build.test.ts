// Real builds with the offline package set, checked with Nix and podman.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nixAvailable } from '@armorred/nix';
import { freePort, inspectImage, loadArchive, podmanAvailable, removeContainer, runOnce, startContainer } from '@armorred/podman';
import { httpWhenReady, skipNote, skipUnless } from '@armorred/testkit';
import { hardenedRun, podmanRunArgs } from '@armorred/image-facts';
import { closureRoots, readDockerArchive, rootFilesystem, storePathsOf, type ImageArchive } from '@armorred/image-archive';
import { buildTier, checkReproducible, closureOf, readBuildRecord, type BuildRecord } from './build.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const missing = [...((await nixAvailable()) ? [] : ['nix']), ...((await podmanAvailable()) ? [] : ['podman'])];
const skip = skipUnless(missing.length > 0 ? `needs ${missing.join(' and ')} (bash tools/scripts/setup.sh)` : undefined);
const TIERS = ['hardened', 'locked'] as const;
const WRITABLE = ['/tmp', '/var/cache/nginx', '/var/log/nginx'];

describe.skipIf(skip)(`nginx-1.26 built with the offline package set${skipNote(skip)}`, () => {
  const records: Record<string, BuildRecord> = {};
  const archives: Record<string, ImageArchive> = {};
  const references: Record<string, string> = {};
  const containers: string[] = [];

  beforeAll(async () => {
    for (const tier of TIERS) {
      records[tier] = await buildTier({ root: ROOT, image: 'nginx-1.26', tier, pkgs: 'offline' });
      archives[tier] = await readDockerArchive(records[tier]!.archive);
      references[tier] = await loadArchive(records[tier]!.archive);
    }
  }, 900_000);

  afterAll(async () => {
    await Promise.all(containers.map(removeContainer));
  });

  it('records the build and says it is the offline package set', () => {
    for (const tier of TIERS) {
      expect(readBuildRecord(ROOT, 'nginx-1.26', tier)).toEqual(records[tier]);
      expect(records[tier]!.packageSet).toBe('offline-debian-bookworm');
      // Checked against what the tier declares (nginx: hardened has no shell, locked has one).
      expect(records[tier]!.claims).toEqual({ shell: tier === 'locked', coreutils: tier === 'locked', forbidPackageManagers: true, version: '1.26.3' });
      expect(archives[tier]!.config.config!.Labels!['org.armorred.pkgs']).toBe('offline-debian-bookworm');
      // The version label stays the spec's.
      expect(archives[tier]!.config.config!.Labels!['org.opencontainers.image.version']).toBe('1.26.3');
    }
  });

  it.each(TIERS)('%s loads in podman with the expected config', async (tier) => {
    const image = await inspectImage(references[tier]!);
    expect(image.Config.User).toBe('65534:65534');
    expect(image.Config.Labels!['org.armorred.tier']).toBe(tier);
    expect(image.RootFS.Layers).toEqual(archives[tier]!.layers.map((layer) => layer.diffId));
  });

  it.each(TIERS)('%s holds exactly the runtime closure under /nix/store', async (tier) => {
    const archive = archives[tier]!;
    // Roots: store paths the root filesystem links to, and those named in the config.
    const closure = await closureOf(closureRoots(archive));
    expect(storePathsOf(archive)).toEqual(closure);
    // One layer per store path, plus the customisation layer.
    expect(archive.layers).toHaveLength(closure.length + 1);
  });

  it.each(TIERS)('%s serves HTTP 200 on 8080 as 65534, read-only, tmpfs only on the writable paths', async (tier) => {
    const port = await freePort();
    // The hardened run every suite uses: the image's own user (65534), read-only root, tmpfs on the writable paths.
    const run = hardenedRun({
      user: 65534,
      group: 65534,
      writablePaths: WRITABLE.map((path) => ({ path, kind: 'scratch' })),
      ports: [{ port: 8080, protocol: 'tcp' }],
    });
    const id = await startContainer({ image: references[tier]!, runArgs: podmanRunArgs(run, { hostPorts: new Map([[8080, port]]) }) });
    containers.push(id);
    const answer = await httpWhenReady(`http://127.0.0.1:${port}/`);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('Welcome to nginx on ARMORRED');
    expect((await httpWhenReady(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('hardened has no /bin/sh and no coreutils', async () => {
    const result = await runOnce({ image: references.hardened!, entrypoint: '/bin/sh', args: ['-c', 'true'] });
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(/\/bin\/sh.*(not found|no such file or directory)/i);
    const files = rootFilesystem(archives.hardened!);
    expect(files.has('bin/sh')).toBe(false);
    for (const tool of ['ls', 'cat', 'cp', 'env']) expect(files.has(`bin/${tool}`)).toBe(false);
    expect(storePathsOf(archives.hardened!).some((path) => /-(coreutils|bash|busybox)-/.test(path))).toBe(false);
  });

  it('locked has /bin/sh and coreutils', async () => {
    const result = await runOnce({ image: references.locked!, entrypoint: '/bin/sh', args: ['-c', 'ls / && cat /etc/passwd'] });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('nix');
    expect(result.stdout).toContain('nobody:x:65534');
  });

  it.each(TIERS)(
    '%s rebuilds bit for bit (nix-build --check)',
    async (tier) => {
      await checkReproducible({ root: ROOT, image: 'nginx-1.26', tier, pkgs: 'offline' });
      const again = await readDockerArchive(records[tier]!.archive);
      expect(again.configDigest).toBe(archives[tier]!.configDigest);
      expect(again.layers.map((layer) => layer.diffId)).toEqual(archives[tier]!.layers.map((layer) => layer.diffId));
    },
    300_000,
  );
});
