// A resolved tier -> the vitest suite that checks every claim the catalog makes about
// the tier's image, on the image itself (metadata, structure, runtime, no shell).
// Pure: data in, text out. The suite's data is one JSON literal; its code is fixed.
import type { Labels } from '@armorred/labels';
import { BUILD_TIME_LABELS } from '@armorred/labels';
import type { ResolvedTier } from '@armorred/spec';

export interface SuiteInput {
  resolved: ResolvedTier;
  folder: string;
  labels: Labels;
  /** sha256 (hex) of a config file's source in the image folder. */
  sourceDigest(relativePath: string): string;
}

/** How long the container may take to stop on its stop signal before podman kills it. */
export const STOP_TIMEOUT_SECONDS = 10;

/** Everything the suite checks, as data (also useful to tests of the generator). */
export function suiteExpectations(input: SuiteInput) {
  const { resolved, folder, labels } = input;
  const { runtime } = resolved;
  return {
    image: folder,
    tier: resolved.tier,
    config: {
      User: `${runtime.user}:${runtime.group}`,
      Entrypoint: runtime.entrypoint,
      Cmd: runtime.cmd,
      // Sorted as strings, as the suite sorts what the image reports.
      Env: Object.entries(runtime.env)
        .map(([name, value]) => `${name}=${value}`)
        .sort(),
      WorkingDir: runtime.workingDir,
      ExposedPorts: runtime.ports.map((port) => `${port.port}/${port.protocol ?? 'tcp'}`).sort(),
      StopSignal: runtime.stopSignal,
    },
    labels,
    buildTimeLabels: Object.values(BUILD_TIME_LABELS).sort(),
    shell: resolved.shell,
    coreutils: resolved.coreutils,
    writablePaths: runtime.writablePaths.map(({ path }) => path),
    configFiles: runtime.configFiles.map((file) => ({
      target: file.target,
      mode: file.mode ?? '0444',
      sha256: input.sourceDigest(file.source),
    })),
    tcpPorts: runtime.ports.filter((port) => (port.protocol ?? 'tcp') === 'tcp').map((port) => port.port),
    // Until the suite speaks tcp and exec, only HTTP probes are expressed here.
    healthcheck: resolved.healthcheck?.http
      ? { port: resolved.healthcheck.http.port, path: resolved.healthcheck.http.path, status: resolved.healthcheck.expect?.status ?? 200 }
      : null,
    checks: resolved.checks.flatMap((check) =>
      check.http
        ? [
            {
              name: check.name,
              method: check.http.method ?? 'GET',
              port: check.http.port,
              path: check.http.path,
              status: check.expect?.status ?? 200,
              bodyMatches: check.expect?.bodyMatches ?? null,
              headers: check.expect?.headers ?? {},
            },
          ]
        : [],
    ),
    stopTimeoutSeconds: STOP_TIMEOUT_SECONDS,
  };
}

const SUITE_CODE = `
const image = await kit.imageUnderTest(EXPECTED.image, EXPECTED.tier);
const hasNix = await kit.nixStoreAvailable();
const title = \`\${EXPECTED.image} \${EXPECTED.tier}\${image.ready ? '' : \` (skipped: \${image.reason})\`}\`;

describe.skipIf(!image.ready)(title, () => {
  afterAll(() => kit.cleanup());

  describe('metadata', () => {
    it(\`User is \${EXPECTED.config.User}\`, async () => {
      expect((await kit.configOf(image)).User).toBe(EXPECTED.config.User);
    });
    it('Entrypoint and Cmd are the spec\\'s', async () => {
      const config = await kit.configOf(image);
      expect(config.Entrypoint ?? []).toEqual(EXPECTED.config.Entrypoint);
      expect(config.Cmd ?? []).toEqual(EXPECTED.config.Cmd);
    });
    it('Env is the spec\\'s', async () => {
      expect([...((await kit.configOf(image)).Env ?? [])].sort()).toEqual(EXPECTED.config.Env);
    });
    it(\`WorkingDir is \${EXPECTED.config.WorkingDir}\`, async () => {
      expect((await kit.configOf(image)).WorkingDir || '/').toBe(EXPECTED.config.WorkingDir);
    });
    it(\`ExposedPorts are \${EXPECTED.config.ExposedPorts.join(', ') || 'none'}\`, async () => {
      expect(Object.keys((await kit.configOf(image)).ExposedPorts ?? {}).sort()).toEqual(EXPECTED.config.ExposedPorts);
    });
    it(\`StopSignal is \${EXPECTED.config.StopSignal}\`, async () => {
      expect((await kit.configOf(image)).StopSignal).toBe(EXPECTED.config.StopSignal);
    });
    it('Labels are the generated labels plus build-time labels only', async () => {
      const labels = { ...((await kit.configOf(image)).Labels ?? {}) };
      expect(labels['org.armorred.pkgs']).toBeTruthy();
      for (const name of EXPECTED.buildTimeLabels) delete labels[name];
      expect(labels).toEqual(EXPECTED.labels);
    });
  });

  describe('structure', () => {
    it(\`/bin/sh is \${EXPECTED.shell ? 'present' : 'absent'}\`, async () => {
      expect(kit.present(await kit.filesOf(image), '/bin/sh')).toBe(EXPECTED.shell);
    });
    it.skipIf(EXPECTED.shell)('no other shell anywhere in the image', async () => {
      expect(kit.executablesNamed(await kit.filesOf(image), kit.SHELLS)).toEqual([]);
    });
    it(\`coreutils are \${EXPECTED.coreutils ? 'present' : 'absent'}\`, async () => {
      const found = kit.executablesNamed(await kit.filesOf(image), kit.COREUTILS);
      if (EXPECTED.coreutils) expect(kit.present(await kit.filesOf(image), '/bin/ls')).toBe(true);
      else expect(found).toEqual([]);
    });
    it('no package manager', async () => {
      expect(kit.executablesNamed(await kit.filesOf(image), kit.PACKAGE_MANAGERS)).toEqual([]);
    });
    it('no setuid or setgid files', async () => {
      expect(kit.setuidFiles(await kit.filesOf(image))).toEqual([]);
    });
    it.skipIf(!EXPECTED.writablePaths.includes('/tmp'))('/tmp is mode 1777', async () => {
      const tmp = (await kit.filesOf(image)).get('tmp');
      expect(tmp?.type).toBe('directory');
      expect((tmp!.mode & 0o7777).toString(8)).toBe('1777');
    });
    it.each(EXPECTED.configFiles)('config file $target is shipped with its content and mode $mode', async (file) => {
      const archive = await kit.archiveOf(image);
      expect(await kit.fileDigest(archive, file.target)).toBe(file.sha256);
      expect(((await kit.filesOf(image)).get(file.target.slice(1))!.mode & 0o7777).toString(8).padStart(4, '0')).toBe(file.mode.padStart(4, '0'));
    });
    it.skipIf(!hasNix)('nothing under /nix/store outside the runtime closure', async () => {
      const archive = await kit.archiveOf(image);
      expect(kit.storePathsOf(archive)).toEqual(await kit.closureOf(kit.closureRoots(archive)));
    });
  });

  describe('runtime', () => {
    let container: kit.TestContainer;
    beforeAll(async () => {
      container = await kit.startHardened(image, { writablePaths: EXPECTED.writablePaths, tcpPorts: EXPECTED.tcpPorts });
    });

    it.skipIf(!EXPECTED.healthcheck)('answers the HTTP health check', async () => {
      const check = EXPECTED.healthcheck!;
      expect((await kit.httpWhenReady(container.url(check.port, check.path))).status).toBe(check.status);
    });
    it.each(EXPECTED.checks)('check $name: $method $path returns $status', async (check) => {
      const answer = await kit.httpWhenReady(container.url(check.port, check.path), { method: check.method });
      expect(answer.status).toBe(check.status);
      if (check.bodyMatches !== null) expect(answer.body).toMatch(new RegExp(check.bodyMatches));
      for (const [name, value] of Object.entries(check.headers)) expect(answer.headers[name.toLowerCase()]).toBe(value);
    });
    it(\`every process runs as \${EXPECTED.config.User} (from /proc, not the config)\`, async () => {
      const [uid, gid] = EXPECTED.config.User.split(':').map(Number);
      const pids = await kit.hostPids(container.id);
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) expect(kit.credentials(pid)).toEqual({ uids: [uid, uid, uid, uid], gids: [gid, gid, gid, gid] });
    });
    it('the root filesystem is read-only, even for root', async () => {
      for (const path of ['/', '/etc', '/bin', '/nix/store']) expect(await kit.writeProbe(container.id, path)).toBe('Read-only file system');
    });
    it.each(EXPECTED.writablePaths)('%s is writable by the runtime user', async (path) => {
      expect(await kit.writeProbe(container.id, path, EXPECTED.config.User)).toBe('written');
    });
    it.skipIf(EXPECTED.shell)('podman exec of /bin/sh fails: not found', async () => {
      const result = await kit.execIn(container.id, ['/bin/sh', '-c', 'true']);
      expect(result.exitCode).not.toBe(0);
      expect(result.stderr).toMatch(/no such file or directory|not found/i);
    });
    it.skipIf(!EXPECTED.shell)('podman exec of /bin/sh works', async () => {
      const result = await kit.execIn(container.id, ['/bin/sh', '-c', 'echo shell-ok']);
      expect(result.stdout.trim()).toBe('shell-ok');
    });
    it(\`stops on \${EXPECTED.config.StopSignal} within \${EXPECTED.stopTimeoutSeconds} s, without being killed\`, async () => {
      const stopped = await kit.stopGracefully(container.id, EXPECTED.stopTimeoutSeconds);
      expect(stopped.killed).toBe(false);
    });
  });
});
`;

export function renderTestSuite(input: SuiteInput): string {
  const expected = suiteExpectations(input);
  return `// Generated by armorred generate from images/${input.folder}/image.yaml (tier ${input.resolved.tier}); do not edit.
// Regenerate: npx armorred generate ${input.folder}
// Run: npx armorred test ${input.folder} --tier ${input.resolved.tier}
// The image: env ARMORRED_TEST_IMAGE_${input.resolved.tier.toUpperCase()} (a podman reference) or ARMORRED_TEST_ARCHIVE_${input.resolved.tier.toUpperCase()}
// (a docker-archive), else the last armorred build of this tier. Hand-written tests: images/${input.folder}/tests/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as kit from '@armorred/testkit';

const EXPECTED = ${JSON.stringify(expected, null, 2)} as const;
${SUITE_CODE}`;
}
