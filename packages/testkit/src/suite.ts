// The image suite: every check of a tier's claims, written once. A generated suite is only
// its data (EXPECTED, written by testgen from the spec) and `await imageSuite(EXPECTED)`.
//
//   metadata   the image config: User, Entrypoint, Cmd, Env, WorkingDir, ExposedPorts,
//              StopSignal, Healthcheck, Volumes, labels
//   structure  the image's files: shells, interpreters, coreutils, package managers, setuid files, /tmp,
//              config files, dropped files, nothing in /nix/store outside the closure
//   runtime    the image run the hardened way (EXPECTED.run): ready through its health
//              check, the functional checks, processes' credentials from /proc, read-only
//              root, writable and persistent paths, no shell, a clean stop
//
// A service (ports or a health check) runs detached and is probed while it runs. A tool
// (neither) has no daemon: each exec check runs in its own hardened container to
// completion, and the process probes look at a container that is set up but not started
// (`podman init`: user, mounts and privileges in place, the entrypoint not yet run).
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closureRoots, storePathsOf } from '@armorred/image-archive';
import { closureOf } from '@armorred/builder';
import { nixAvailable } from '@armorred/nix';
import { skipNote, skipUnless } from './availability.js';
import {
  cleanup,
  initHardened,
  leaveFile,
  removeTestContainer,
  restartContainer,
  runHardenedOnce,
  startHardened,
  stopGracefully,
  takeFile,
  writeProbe,
  type TestContainer,
} from './container.js';
import { SUITE_SCHEMA_VERSION, type SuiteExpectations } from './contract.js';
import { COREUTILS, PACKAGE_MANAGERS, SHELLS, executablesNamed, interpreters, present, setuidFiles } from './files.js';
import { archiveConfigOf, archiveOf, configOf, fileDigest, filesOf, imageUnderTest, type ImageUnderTest } from './image.js';
import { credentials, hostPids } from './processes.js';
import { execInContainer, runProbe, type ProbeTarget } from './probes.js';
import { readinessBudgetSeconds, readinessTitle, waitUntilReady } from './readiness.js';

/** Skip (outside CI, with the reason) or fail (in CI, saying what is missing) when something is missing. */
function need(missing: string | undefined): { skip: false | string; error?: Error } {
  try {
    return { skip: skipUnless(missing) };
  } catch (error) {
    return { skip: false, error: error as Error };
  }
}

/** A promise made once, on first use; its rejection is never unhandled (every user awaits it). */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    if (!made) {
      made = make();
      made.catch(() => undefined);
    }
    return made;
  };
}

/** Directories whose writes must fail even for root, when the image has them. */
const READ_ONLY_PROBES = ['/', '/etc', '/bin', '/usr', '/nix/store'];
/** The time a test may take beyond the probe it makes (podman calls, container start). */
const SLACK_MS = 60_000;

/** Registers the suite of one tier's image (call at the top level of a test file: `await imageSuite(EXPECTED)`). */
export async function imageSuite(expected: SuiteExpectations): Promise<void> {
  if (expected.schemaVersion !== SUITE_SCHEMA_VERSION)
    throw new Error(
      `this suite's data is schema version ${expected.schemaVersion}, but @armorred/testkit reads version ${SUITE_SCHEMA_VERSION}: run npx armorred generate ${expected.image}`,
    );
  const image = await imageUnderTest(expected.image, expected.tier);
  const imageNeed = need(image.ready ? undefined : image.reason);
  const nixNeed = need((await nixAvailable()) ? undefined : 'nix is not installed (the closure comes from nix-store -qR)');

  describe.skipIf(imageNeed.skip !== false)(`${expected.image} ${expected.tier}${skipNote(imageNeed.skip)}`, () => {
    if (imageNeed.error) {
      it('the image is available', () => {
        throw imageNeed.error;
      });
      return;
    }
    afterAll(() => cleanup());
    metadataChecks(expected, image);
    structureChecks(expected, image, nixNeed);
    if (expected.kind === 'service') serviceChecks(expected, image);
    else toolChecks(expected, image);
  });
}

function metadataChecks(expected: SuiteExpectations, image: ImageUnderTest): void {
  const { config } = expected;
  describe('metadata', () => {
    it(`User is ${config.User}`, async () => {
      expect((await configOf(image)).User).toBe(config.User);
    });
    it("Entrypoint and Cmd are the spec's", async () => {
      const actual = await configOf(image);
      expect(actual.Entrypoint ?? []).toEqual(config.Entrypoint);
      expect(actual.Cmd ?? []).toEqual(config.Cmd);
    });
    it("Env is the spec's", async () => {
      expect([...((await configOf(image)).Env ?? [])].sort()).toEqual(config.Env);
    });
    it(`WorkingDir is ${config.WorkingDir}`, async () => {
      expect((await configOf(image)).WorkingDir || '/').toBe(config.WorkingDir);
    });
    it(`ExposedPorts are ${config.ExposedPorts.join(', ') || 'none'}`, async () => {
      expect(Object.keys((await configOf(image)).ExposedPorts ?? {}).sort()).toEqual(config.ExposedPorts);
    });
    it(`StopSignal is ${config.StopSignal}`, async () => {
      expect((await configOf(image)).StopSignal).toBe(config.StopSignal);
    });
    // The contract with the Nix side: an exec health check is in the config in exec form
    // (the runtime can run it); an http or tcp one is not (the tests run it).
    it(`Healthcheck is ${config.Healthcheck ? config.Healthcheck.Test.join(' ') : 'absent'}`, async () => {
      expect((await archiveConfigOf(image)).Healthcheck ?? null).toEqual(config.Healthcheck);
    });
    it(`Volumes are ${config.Volumes.join(', ') || 'none'}`, async () => {
      expect(Object.keys((await archiveConfigOf(image)).Volumes ?? {}).sort()).toEqual(config.Volumes);
    });
    it('Labels are the generated labels plus build-time labels only', async () => {
      const labels = { ...((await configOf(image)).Labels ?? {}) };
      expect(labels['org.armorred.pkgs']).toBeTruthy();
      for (const name of expected.buildTimeLabels) delete labels[name];
      expect(labels).toEqual(expected.labels);
    });
  });
}

function structureChecks(expected: SuiteExpectations, image: ImageUnderTest, nixNeed: ReturnType<typeof need>): void {
  describe('structure', () => {
    it(`/bin/sh is ${expected.shell ? 'present' : 'absent'}`, async () => {
      expect(present(await filesOf(image), '/bin/sh')).toBe(expected.shell);
    });
    if (!expected.shell)
      it('no other shell anywhere in the image', async () => {
        expect(executablesNamed(await filesOf(image), SHELLS)).toEqual([]);
      });
    // An interpreter runs any command, as a shell does: shell: false forbids it too.
    if (!expected.shell)
      it('no general-purpose interpreter anywhere in the image', async () => {
        expect(interpreters(await filesOf(image))).toEqual([]);
      });
    it(`coreutils are ${expected.coreutils ? 'present' : 'absent'}`, async () => {
      const files = await filesOf(image);
      if (expected.coreutils) expect(present(files, '/bin/ls')).toBe(true);
      else expect(executablesNamed(files, COREUTILS)).toEqual([]);
    });
    it('no package manager', async () => {
      expect(executablesNamed(await filesOf(image), PACKAGE_MANAGERS)).toEqual([]);
    });
    it('no setuid or setgid files', async () => {
      expect(setuidFiles(await filesOf(image))).toEqual([]);
    });
    if (expected.writablePaths.some(({ path }) => path === '/tmp'))
      it('/tmp is mode 1777', async () => {
        const tmp = (await filesOf(image)).get('tmp');
        expect(tmp?.type).toBe('directory');
        expect((tmp!.mode & 0o7777).toString(8)).toBe('1777');
      });
    for (const file of expected.configFiles) {
      it(`config file ${file.target} is shipped with its content and mode ${file.mode}`, async () => {
        expect(await fileDigest(await archiveOf(image), file.target)).toBe(file.sha256);
        const entry = (await filesOf(image)).get(file.target.slice(1));
        expect((entry!.mode & 0o7777).toString(8).padStart(4, '0')).toBe(file.mode.padStart(4, '0'));
      });
    }
    for (const file of expected.dropFiles) {
      it(`dropped file ${file} is absent`, async () => {
        const archive = await archiveOf(image);
        const files = await filesOf(image);
        const candidates = [file, ...storePathsOf(archive).map((storePath) => `${storePath.slice(1)}/${file}`)];
        expect(candidates.filter((path) => files.has(path))).toEqual([]);
      });
    }
    const closureTitle = `nothing under /nix/store outside the runtime closure${skipNote(nixNeed.skip)}`;
    if (nixNeed.error)
      it(closureTitle, () => {
        throw nixNeed.error;
      });
    else
      it.skipIf(nixNeed.skip !== false)(closureTitle, async () => {
        const archive = await archiveOf(image);
        expect(storePathsOf(archive)).toEqual(await closureOf(closureRoots(archive)));
      });
  });
}

const userOf = (expected: SuiteExpectations) => expected.config.User.split(':').map(Number) as [number, number];

/** The checks on a container's processes and mounts, which need only its init process. */
function processChecks(expected: SuiteExpectations, image: ImageUnderTest, container: () => Promise<TestContainer>, timeoutMs: number): void {
  it(
    `every process runs as ${expected.config.User} (from /proc, not the config)`,
    async () => {
      const [uid, gid] = userOf(expected);
      const pids = await hostPids((await container()).id);
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) expect(credentials(pid), `process ${pid}`).toEqual({ uids: [uid, uid, uid, uid], gids: [gid, gid, gid, gid] });
    },
    timeoutMs,
  );
  it(
    'the root filesystem is read-only, even for root',
    async () => {
      const { id } = await container();
      const files = await filesOf(image);
      const paths = READ_ONLY_PROBES.filter((path) => path === '/' || files.has(path.slice(1)));
      for (const path of paths) expect(await writeProbe(id, path), path).toBe('Read-only file system');
    },
    timeoutMs,
  );
  for (const { path } of expected.writablePaths) {
    it(
      `${path} is writable by the runtime user`,
      async () => {
        expect(await writeProbe((await container()).id, path, expected.config.User)).toBe('written');
      },
      timeoutMs,
    );
  }
}

function serviceChecks(expected: SuiteExpectations, image: ImageUnderTest): void {
  const budgetMs = readinessBudgetSeconds(expected.healthcheck) * 1000;
  const timeoutMs = budgetMs + SLACK_MS;
  describe('runtime', () => {
    const started = once(() => startHardened(image, expected.run));
    const targetOf = (container: TestContainer): ProbeTarget => ({
      hostPort: (port) => {
        const host = container.ports.get(port);
        if (host === undefined) throw new Error(`port ${port} is not published (the spec's ports: ${[...container.ports.keys()].join(', ') || 'none'})`);
        return host;
      },
      exec: (command, ms) => execInContainer(container.id, command, ms),
    });
    const ready = once(async () => {
      const container = await started();
      await waitUntilReady(container.id, targetOf(container), expected.healthcheck, expected.run);
    });
    /** The container, once readiness is decided: checks run after it, and fail on their own when it never came. */
    const settled = async () => {
      await ready().catch(() => undefined);
      return started();
    };

    it(readinessTitle(expected.healthcheck, expected.run), () => ready(), timeoutMs);
    for (const check of expected.checks) {
      it(
        `check ${check.name}: ${check.title}`,
        async () => {
          const container = await settled();
          const result = await runProbe(targetOf(container), check, check.expect, check.timeoutSeconds);
          expect(result.problems, result.observed).toEqual([]);
        },
        timeoutMs + check.timeoutSeconds * 1000,
      );
    }
    processChecks(expected, image, settled, timeoutMs);
    for (const { path } of expected.writablePaths.filter(({ kind }) => kind === 'state')) {
      it(
        `${path} keeps a file across a restart (state)`,
        async () => {
          const container = await settled();
          const token = randomBytes(8).toString('hex');
          expect(await leaveFile(container.id, path, token, expected.config.User)).toBe('written');
          await restartContainer(container.id, expected.stopTimeoutSeconds);
          await waitUntilReady(container.id, targetOf(container), expected.healthcheck, expected.run);
          expect(await takeFile(container.id, path)).toBe(token);
        },
        2 * timeoutMs,
      );
    }
    shellChecks(expected, async (argv) => execInContainer((await settled()).id, argv, timeoutMs), 'exec of /bin/sh in the running container', timeoutMs);
    it(
      `stops on ${expected.config.StopSignal} within ${expected.stopTimeoutSeconds} s, without being killed`,
      async () => {
        const stopped = await stopGracefully((await settled()).id, expected.stopTimeoutSeconds);
        expect(stopped.killed).toBe(false);
      },
      timeoutMs + expected.stopTimeoutSeconds * 1000,
    );
  });
}

function toolChecks(expected: SuiteExpectations, image: ImageUnderTest): void {
  const timeoutMs = SLACK_MS;
  describe('runtime', () => {
    const initialised = once(() => initHardened(image, expected.run));
    const oneShot: ProbeTarget = {
      hostPort: () => {
        throw new Error('a tool image publishes no ports');
      },
      exec: (command, ms) => runHardenedOnce(image, expected.run, command, ms),
    };
    for (const check of expected.checks) {
      it(
        `check ${check.name}: ${check.title}`,
        async () => {
          const result = await runProbe(oneShot, check, check.expect, check.timeoutSeconds);
          expect(result.problems, result.observed).toEqual([]);
        },
        timeoutMs + check.timeoutSeconds * 1000,
      );
    }
    processChecks(expected, image, initialised, timeoutMs);
    for (const { path } of expected.writablePaths.filter(({ kind }) => kind === 'state')) {
      it(
        `${path} keeps a file into the next container (state)`,
        async () => {
          const first = await initHardened(image, expected.run);
          const token = randomBytes(8).toString('hex');
          expect(await leaveFile(first.id, path, token, expected.config.User)).toBe('written');
          await removeTestContainer(first);
          const second = await initHardened(image, expected.run, { volumes: first.volumes });
          expect(await takeFile(second.id, path)).toBe(token);
        },
        timeoutMs,
      );
    }
    shellChecks(expected, (argv) => runHardenedOnce(image, expected.run, argv, 30_000), 'running /bin/sh', timeoutMs);
  });
}

function shellChecks(
  expected: SuiteExpectations,
  run: (argv: readonly string[]) => Promise<{ exitCode: number; stdout: string; stderr: string }>,
  what: string,
  timeoutMs: number,
): void {
  // One check or the other, as the tier says: a check that does not apply is not registered
  // (so a CI run's skipped count stays zero).
  if (expected.shell)
    it(
      `${what} works`,
      async () => {
        const result = await run(['/bin/sh', '-c', 'echo shell-ok']);
        expect(result.stdout.trim()).toBe('shell-ok');
      },
      timeoutMs,
    );
  else
    it(
      `${what} fails: not found`,
      async () => {
        const result = await run(['/bin/sh', '-c', 'true']);
        expect(result.exitCode).not.toBe(0);
        expect(result.stderr).toMatch(/no such file or directory|not found/i);
      },
      timeoutMs,
    );
}
