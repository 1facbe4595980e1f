// armorred doctor: the pure report (results -> lines and exit status), the order of the
// probes, and real runs on this machine, also with Nix taken away or misconfigured.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { nixAvailable } from '@armorred/nix';
import { inCi, skipNote, skipUnless } from '@armorred/testkit';
import { doctorReport, type CheckResult } from '../doctor.js';
import { CLI_REPOSITORY, probeMachine, setupCommand, type Check } from '../doctor-probes.js';
import { REPO, runCli } from '../test-support.js';

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function result(overrides: Partial<CheckResult> & Pick<CheckResult, 'id' | 'status'>): CheckResult {
  return { label: overrides.id, need: 'needed', usedBy: 'armorred build', detail: `${overrides.id} detail`, ...overrides };
}

describe('doctorReport (pure)', () => {
  it('exits 0 and says so when every needed piece works, however many optional ones are absent', () => {
    const report = doctorReport(
      [
        result({ id: 'nix', status: 'ok', detail: 'nix-build (Nix) 2.8.0' }),
        result({ id: 'syft', need: 'optional', status: 'missing', detail: 'syft is not installed', usedBy: 'armorred analyze', fix: 'install syft' }),
      ],
      'bash tools/scripts/setup.sh',
    );
    expect(report.ok).toBe(true);
    expect(report.exitCode).toBe(0);
    expect(report.lines).toEqual([
      'ok        nix   nix-build (Nix) 2.8.0',
      'optional  syft  syft is not installed; used by armorred analyze',
      '          to add it: install syft',
      '',
      'all 1 needed pieces work; 1 optional piece(s) absent (nothing fails without them)',
    ]);
  });

  it('exits 1 naming each missing or broken needed piece with its fix; unchecked pieces fail too', () => {
    const report = doctorReport(
      [
        result({ id: 'nix', status: 'ok', detail: 'nix-build (Nix) 2.8.0' }),
        result({ id: 'users', status: 'missing', detail: "the group 'nixbld' does not exist", fix: 'bash tools/scripts/setup.sh nix' }),
        result({ id: 'build', status: 'unchecked', detail: 'not checked: needs users first' }),
        result({ id: 'podman', status: 'broken', detail: 'podman info failed', usedBy: 'armorred test', fix: 'podman info' }),
      ],
      'bash tools/scripts/setup.sh',
    );
    expect(report.ok).toBe(false);
    expect(report.exitCode).toBe(1);
    expect(report.lines).toEqual([
      'ok        nix     nix-build (Nix) 2.8.0',
      "MISSING   users   the group 'nixbld' does not exist; needed by armorred build",
      '          fix: bash tools/scripts/setup.sh nix',
      'UNCHECKED build   not checked: needs users first; needed by armorred build',
      'BROKEN    podman  podman info failed; needed by armorred test',
      '          fix: podman info',
      '',
      '3 of 4 needed pieces missing or broken: run the fixes above, or all of setup at once: bash tools/scripts/setup.sh',
    ]);
  });
});

describe('probeMachine', () => {
  const check = (id: string, status: 'ok' | 'missing', after?: string[]): Check => ({
    id,
    label: `the ${id}`,
    need: 'needed',
    usedBy: 'tests',
    ...(after ? { after } : {}),
    probe: async () => ({ status, detail: `${id} probed`, ...(status === 'ok' ? {} : { fix: `fix ${id}` }) }),
  });

  it('probes in order and leaves a check unchecked when one it needs is not ok', async () => {
    const results = await probeMachine([check('a', 'missing'), check('b', 'ok'), check('c', 'ok', ['a', 'b']), check('d', 'ok', ['b'])], {
      cwd: REPO,
      env: process.env,
      facts: new Map(),
    });
    expect(results.map(({ id, status, detail }) => [id, status, detail])).toEqual([
      ['a', 'missing', 'a probed'],
      ['b', 'ok', 'b probed'],
      ['c', 'unchecked', 'not checked: needs the a first'],
      ['d', 'ok', 'd probed'],
    ]);
  });
});

describe('setupCommand', () => {
  it('names the setup script relative to where the user stands inside the repository, else absolutely', () => {
    expect(CLI_REPOSITORY).toBe(REPO);
    expect(setupCommand(REPO, 'nix')).toBe('bash tools/scripts/setup.sh nix');
    expect(setupCommand(join(REPO, 'images', 'nginx-1.26'))).toBe('bash ../../tools/scripts/setup.sh');
    expect(setupCommand(tmpdir(), 'signing-tools')).toBe(`bash ${join(REPO, 'tools', 'scripts', 'setup.sh')} signing-tools`);
  });
});

interface DoctorJson {
  ok: boolean;
  checks: CheckResult[];
}

/** The CLI as a separate process, so that PATH and NIX_CONF_DIR can differ from this one's. */
async function doctorWith(env: Record<string, string>): Promise<{ code: number; json: DoctorJson }> {
  const run = await execa(process.execPath, [CLI, 'doctor', '--json'], { cwd: REPO, env, reject: false });
  return { code: run.exitCode ?? -1, json: JSON.parse(String(run.stdout)) as DoctorJson };
}

const noNix = skipUnless((await nixAvailable()) ? undefined : 'nix is not installed');

const byId = (json: DoctorJson, id: string) => json.checks.find((check) => check.id === id)!;

describe('armorred doctor on this machine', () => {
  it('probes every piece, gives a fix for each needed one that fails, and exits 1 exactly when one does', async () => {
    const run = await runCli(['doctor', '--json']);
    const json = JSON.parse(run.stdout) as DoctorJson;
    expect(json.checks.map((check) => check.id)).toEqual(
      expect.arrayContaining(['nix', 'nix-build-users', 'nix-build-local', 'podman-run', 'cosign', 'chromium', 'syft']),
    );
    const failing = json.checks.filter((check) => check.need === 'needed' && check.status !== 'ok');
    for (const check of failing.filter((check) => check.status !== 'unchecked')) expect(check.fix, check.id).toBeTruthy();
    expect(run.code).toBe(failing.length === 0 ? 0 : 1);
    expect(json.ok).toBe(failing.length === 0);
    for (const id of ['syft', 'grype', 'trivy']) expect(byId(json, id).need).toBe('optional');
    // In CI, setup has run: every needed piece must be there.
    if (inCi()) expect(failing, JSON.stringify(failing, null, 2)).toEqual([]);
  }, 180_000);

  it('with no Nix on PATH: Nix is missing, its fix is the setup script, and what depends on it is unchecked (exit 1)', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'armorred-no-nix-'));
    scratch.push(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const { code, json } = await doctorWith({ PATH: bin, HOME: process.env.HOME ?? '/root' });
    expect(code).toBe(1);
    expect(byId(json, 'nix')).toMatchObject({
      status: 'missing',
      detail: 'nix-build, nix-instantiate, nix-store not installed (not on PATH)',
      fix: 'bash tools/scripts/setup.sh packages nix',
    });
    expect(byId(json, 'nix-build-local')).toMatchObject({
      status: 'unchecked',
      detail: 'not checked: needs Nix configuration, Nix build users, Nix evaluates first',
    });
    expect(byId(json, 'podman').fix).toBe('apt-get update && apt-get install -y --no-install-recommends podman');
    expect(byId(json, 'trivy')).toMatchObject({ need: 'optional', status: 'missing' });
  });

  it.skipIf(noNix)(`with a nix.conf whose build-users-group does not exist: the build users are missing, with the fix${skipNote(noNix)}`, async () => {
    const conf = mkdtempSync(join(tmpdir(), 'armorred-nix-conf-'));
    scratch.push(conf);
    mkdirSync(conf, { recursive: true });
    writeFileSync(join(conf, 'nix.conf'), 'sandbox = false\nbuild-users-group = armorred-no-such-group\n');
    const { code, json } = await doctorWith({ ...(process.env as Record<string, string>), NIX_CONF_DIR: conf });
    expect(code).toBe(1);
    expect(byId(json, 'nix-config')).toMatchObject({ status: 'ok', detail: `sandbox = false (${join(conf, 'nix.conf')})` });
    expect(byId(json, 'nix-build-users')).toMatchObject({
      status: 'missing',
      detail: "the group 'armorred-no-such-group' that build-users-group names does not exist: every build fails",
      fix: 'bash tools/scripts/setup.sh nix',
    });
    expect(byId(json, 'nix-build-local').status).toBe('unchecked');
  });
});
