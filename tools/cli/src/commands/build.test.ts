// armorred build on a machine where Nix is not usable: it says what is missing and how to
// fix it (exit 4), instead of a bare "failed:". The CLI runs as a separate process so
// that PATH and NIX_CONF_DIR can differ from this one's.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { nixAvailable } from '@armorred/nix';
import { skipNote, skipUnless } from '@armorred/testkit';
import { REPO } from '../test-support.js';

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

const noNix = skipUnless((await nixAvailable()) ? undefined : 'nix is not installed');

describe('armorred build when Nix is not usable', () => {
  it('with no nix-build on PATH: exit 4, naming it and the fix', async () => {
    const bin = scratchDir('armorred-no-nix-');
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = await execa(process.execPath, [CLI, 'build', 'nginx-1.26', '--pkgs', 'offline'], {
      cwd: REPO,
      env: { PATH: bin },
      extendEnv: false,
      reject: false,
    });
    expect(run.exitCode, run.stderr).toBe(4);
    expect(run.stderr).toContain('armorred: Nix is not usable on this machine: nix-build is not installed (not on PATH)');
    expect(run.stderr).toContain('fix: bash tools/scripts/setup.sh');
    expect(run.stderr).toContain('armorred doctor');
  });

  it.skipIf(noNix)(
    `with a build-users-group that does not exist: exit 4, naming the group and the fix${skipNote(noNix)}`,
    async () => {
      const conf = scratchDir('armorred-nix-conf-');
      writeFileSync(join(conf, 'nix.conf'), 'sandbox = false\nbuild-users-group = armorred-no-such-group\n');
      // A created time no build has used, so nix-build has to build something.
      const created = new Date(Date.UTC(2001, 0, 1) + Math.floor(Math.random() * 1e9) * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
      const run = await execa(process.execPath, [CLI, 'build', 'nginx-1.26', '--tier', 'hardened', '--pkgs', 'offline', '--created', created], {
        cwd: REPO,
        env: { NIX_CONF_DIR: conf },
        reject: false,
      });
      expect(run.exitCode, run.stderr).toBe(4);
      expect(run.stderr).toContain(
        "armorred: Nix is not usable on this machine: its build users are missing: the group 'armorred-no-such-group' that nix.conf's build-users-group names does not exist",
      );
      expect(run.stderr).toContain('fix: bash tools/scripts/setup.sh');
    },
    600_000,
  );
});
