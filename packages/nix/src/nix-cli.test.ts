// The summary of a failed build names the builder's own error, from a real failing nix-build.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { skipNote, skipUnless } from '@armorred/testkit';
import {
  LOG_TAIL_LINES,
  NIX_OPTIONS,
  derivationLogTail,
  failedDerivations,
  nixAvailable,
  nixUnavailable,
  summariseBuildFailure,
  summariseNixError,
} from './nix-cli.js';

const skip = skipUnless((await nixAvailable()) ? undefined : 'nix-build is not installed');
const scratch = mkdtempSync(join(tmpdir(), 'armorred-nix-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A derivation whose builder prints `lines` lines, then fails like a bad mkdir call (and
 * ends with a builtin: see "quirks" in tools/offline-pkgs/README.md); `seed` makes it new.
 */
function failingDerivation(lines: number): string {
  const file = join(scratch, `fail-${lines}.nix`);
  writeFileSync(
    file,
    `derivation {
  name = "armorred-failing-variant";
  system = builtins.currentSystem;
  builder = "/bin/bash";
  seed = "${process.pid}-${Date.now()}-${lines}";
  args = [ "-c" "for ((i = 1; i <= ${lines}; i++)); do echo \\"progress line $i\\"; done; printf '%01000d\\\\n' 0; /bin/mkdir -p -m777 --bogus x; exit 1" ];
}
`,
  );
  return file;
}

describe('failedDerivations', () => {
  it('finds each failed builder once, in order', () => {
    const stderr = [
      "error: builder for '/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-one.drv' failed with exit code 1",
      "error: builder for '/nix/store/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-two.drv' failed with exit code 2;",
      "error: builder for '/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-one.drv' failed with exit code 1",
      "error: 1 dependencies of derivation '/nix/store/cccccccccccccccccccccccccccccccc-top.drv' failed to build",
    ].join('\n');
    expect(failedDerivations(stderr)).toEqual(['/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-one.drv', '/nix/store/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-two.drv']);
  });
});

describe.skipIf(skip)(`a failed nix-build${skipNote(skip)}`, () => {
  it("shows the builder's own error, which Nix's error line leaves out", async () => {
    const result = await execa('nix-build', [failingDerivation(3), '--no-out-link', ...NIX_OPTIONS], { reject: false });
    expect(result.exitCode).not.toBe(0);
    // What the summary had before: Nix's line only.
    expect(summariseNixError(result.stderr)).not.toContain('unrecognized option');
    const summary = await summariseBuildFailure(result.stderr);
    expect(summary).toMatch(/^error: builder for '\/nix\/store\/[a-z0-9]{32}-armorred-failing-variant\.drv' failed with exit code 1/);
    expect(summary).toMatch(
      /last lines of the log of \/nix\/store\/[a-z0-9]{32}-armorred-failing-variant\.drv:\n {2}> progress line 1\n {2}> progress line 2\n {2}> progress line 3\n {2}> 0{400} …\n {2}> \/bin\/mkdir: unrecognized option '--bogus'/,
    );
  }, 120_000);

  it('is bounded: the last lines only, each cut short', async () => {
    const result = await execa('nix-build', [failingDerivation(500), '--no-out-link', ...NIX_OPTIONS], { reject: false });
    const [drv] = failedDerivations(result.stderr);
    const tail = await derivationLogTail(drv!);
    expect(tail).toHaveLength(LOG_TAIL_LINES);
    expect(tail.at(-1)).toMatch(/Try '\/bin\/mkdir --help'/);
    expect(tail).not.toContain('progress line 1');
    // Without a stored log (nix-store -l fails), the lines nix-build printed are used.
    const fromOutput = await derivationLogTail(
      '/nix/store/00000000000000000000000000000000-missing.drv',
      `building '/nix/store/00000000000000000000000000000000-missing.drv'...\nit broke\nerror: builder failed`,
    );
    expect(fromOutput).toEqual(['it broke']);
  }, 120_000);
});

describe('nixUnavailable: Nix that cannot run here, told apart from a failed build', () => {
  it('a command that is not on PATH', () => {
    const error = nixUnavailable('nix-build', { code: 'ENOENT' });
    expect(error?.exitCode).toBe(4);
    expect(error?.message).toBe(
      'Nix is not usable on this machine: nix-build is not installed (not on PATH)\nfix: bash tools/scripts/setup.sh   (installs and configures Nix; then armorred doctor checks this machine)',
    );
  });

  it("Nix's own error for missing build users (as Nix 2.8 prints it)", () => {
    const stderr = "error: the group 'nixbld' specified in 'build-users-group' does not exist\n";
    expect(nixUnavailable('nix-build', { exitCode: 1, stderr })?.message).toContain(
      "its build users are missing: the group 'nixbld' that nix.conf's build-users-group names does not exist",
    );
  });

  it('not for an expression or build that failed', () => {
    const stderr = "error: undefined variable 'nginxx'\n       at /x/default.nix:3:5:\n";
    expect(nixUnavailable('nix-build', { exitCode: 1, stderr })).toBeUndefined();
    expect(summariseNixError(stderr)).toBe("error: undefined variable 'nginxx'");
  });
});
