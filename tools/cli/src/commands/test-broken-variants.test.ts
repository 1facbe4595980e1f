// The generated suite can fail: build deliberately broken variants of nginx-1.26's
// hardened tier (with the offline package set) and run the real, checked-in suite
// against them. It must report exactly the checks the breakage violates.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTier } from '@armorred/builder';
import { nixAvailable } from '@armorred/nix';
import { podmanAvailable } from '@armorred/podman';
import { runSuites } from '../suite-runner.js';

const REPO = join(import.meta.dirname, '..', '..', '..', '..');
const SUITE = 'images/nginx-1.26/generated/hardened.test.ts';
const ready = (await nixAvailable()) && (await podmanAvailable());
const scratch: string[] = [];

/** A copy of the catalog whose hardened expression is edited by `breakIt`. */
function variantCatalog(breakIt: (expression: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'armorred-variant-'));
  scratch.push(root);
  for (const file of ['catalog.yaml', 'default.nix']) cpSync(join(REPO, file), join(root, file));
  cpSync(join(REPO, 'images'), join(root, 'images'), { recursive: true, filter: (path) => !path.includes('node_modules') });
  mkdirSync(join(root, 'tools'));
  symlinkSync(join(REPO, 'tools', 'offline-pkgs'), join(root, 'tools', 'offline-pkgs'));
  const file = join(root, 'images', 'nginx-1.26', 'generated', 'hardened.nix');
  const original = readFileSync(file, 'utf8');
  const broken = breakIt(original);
  expect(broken).not.toBe(original);
  writeFileSync(file, broken);
  return root;
}

async function failedChecks(breakIt: (expression: string) => string): Promise<string[]> {
  const root = variantCatalog(breakIt);
  const { archive } = await buildTier({ root, image: 'nginx-1.26', tier: 'hardened', pkgs: 'offline' });
  const run = await runSuites(REPO, [SUITE], { ...process.env, ARMORRED_TEST_ARCHIVE_HARDENED: archive } as Record<string, string>);
  expect(run.checks.length, run.output).toBeGreaterThan(20);
  return run.checks.filter((check) => check.status === 'failed').map((check) => check.name.replace('nginx-1.26 hardened > ', ''));
}

afterAll(() => {
  for (const root of scratch) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!ready)('the generated suite catches broken variants (skipped: needs nix and podman)', () => {
  it('a tier that declares no shell but gets one (and coreutils)', async () => {
    const failed = await failedChecks((nix) =>
      nix
        .replace('    dockerTools.fakeNss\n', '    dockerTools.fakeNss\n    dockerTools.binSh\n    pkgs.coreutils\n')
        .replace('"1.26-hardened"', '"1.26-hardened-broken-shell"'),
    );
    expect(failed.sort()).toEqual([
      'runtime > podman exec of /bin/sh fails: not found',
      'structure > /bin/sh is absent',
      'structure > coreutils are absent',
      'structure > no other shell anywhere in the image',
    ]);
  }, 600_000);

  it('an image that runs as the wrong user', async () => {
    const failed = await failedChecks((nix) =>
      nix.replace('User = "65534:65534";', 'User = "1000:1000";').replace('"1.26-hardened"', '"1.26-hardened-broken-user"'),
    );
    expect(failed.sort()).toEqual([
      'metadata > User is 65534:65534',
      'runtime > /var/cache/nginx is writable by the runtime user',
      'runtime > /var/log/nginx is writable by the runtime user',
      'runtime > every process runs as 65534:65534 (from /proc, not the config)',
    ]);
  }, 600_000);
});
