import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildTier } from '@armorred/builder';
import { EXIT, UsageError } from '@armorred/errors';
import { imagePaths, listFolder } from '@armorred/repository';
import { ROOT_ENV, TIERS_ENV, imageEnvironment } from '@armorred/testkit/contract';
import { defineCommand } from '../cli.js';
import { TIER_OPTION, checkImageNames, parseTiers } from '../options.js';
import { PKGS_OPTION, parsePackageSet } from '../package-set-option.js';
import { runSuites } from '../suite-runner.js';
import { printable, printableLines } from '../report.js';
import { nextStep } from '../next-step.js';

const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' } as const;

/** Hand-written tests of an image: images/<image>/tests/*.test.ts (never generated). */
export function handWrittenTests(root: string, image: string): string[] {
  const dir = imagePaths(image).tests;
  return listFolder(root, dir)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${dir}/${name}`);
}

export const testCommand = defineCommand({
  name: 'test',
  summary: "Run an image's generated test suite (and its hand-written tests) against the built image.",
  arguments: 'IMAGE',
  argumentHelp: { IMAGE: 'an image folder name, e.g. nginx-1.26' },
  details: `Builds the tiers when needed (nix-build is incremental), then runs the generated suites
images/<image>/generated/<tier>.test.ts and the hand-written tests images/<image>/tests/*.test.ts
with vitest, against the image. Prints one line per check and exits non-zero when any fails.

A generated suite is data (EXPECTED, from the spec) and one call, imageSuite(EXPECTED); every
check is implemented once in @armorred/testkit. With podman, it checks:
  metadata   User, Entrypoint, Cmd, Env, WorkingDir, ExposedPorts, StopSignal, labels; the
             Healthcheck (an exec health check in exec form, none for http/tcp) and Volumes
             (the state paths)
  structure  shell, coreutils, package managers, setuid files, /tmp, config files, dropped
             files, nothing in /nix/store outside the closure
  runtime    the image under the tier's hardened run (the run the analysis page prints; random
             host ports, a volume per state path): ready once its health check passes (http,
             tcp or exec; a container that exits fails with its exit code and log), the
             functional checks, every process's UID/GID from /proc, read-only root, each
             writable path writable by the runtime user, each state path kept across a
             restart, no shell, a clean stop on the stop signal (a dead container fails it)
An image without ports or a health check is a tool: each exec check runs in its own hardened
container (podman run --rm), and the process checks use a container set up but not started.

The suites get the catalog root (ARMORRED_ROOT) and the tiers under test (ARMORRED_TEST_TIERS,
which hand-written tests read with tiersUnderTest()) from this command.`,
  options: {
    tier: TIER_OPTION,
    image: { type: 'string', value: 'REF', description: 'test this podman image instead of building (one tier only)' },
    archive: { type: 'string', value: 'PATH', description: 'test this docker-archive instead of building (one tier only)' },
    pkgs: PKGS_OPTION,
    json: { type: 'boolean', description: 'print the results as JSON' },
  },
  exits: { [EXIT.OK]: 'all checks passed', [EXIT.INVALID]: 'a check failed', [EXIT.USAGE]: 'usage errors', [EXIT.FAILED]: 'the build failed' },
  async run({ values, positionals, root, io }) {
    if (positionals.length !== 1) throw new UsageError('name one image, e.g. armorred test nginx-1.26');
    const [image] = positionals as [string];
    checkImageNames([image], root);
    const tiers = parseTiers(values.tier);
    if (values.image !== undefined && values.archive !== undefined) throw new UsageError('give --image or --archive, not both');
    if ((values.image ?? values.archive) !== undefined && tiers.length !== 1)
      throw new UsageError('--image and --archive test one tier: add --tier hardened or --tier locked');
    // The archive path is the user's, relative to where they ran the command (vitest runs elsewhere).
    const archivePath = values.archive === undefined ? undefined : resolve(io.cwd, values.archive);
    if (archivePath && !existsSync(archivePath)) throw new UsageError(`no such archive: ${archivePath}`);
    const pkgs = parsePackageSet(values.pkgs);

    // The suites find build records and specs in this root, and hand-written tests test only these tiers.
    const env: Record<string, string> = { [ROOT_ENV]: root, [TIERS_ENV]: tiers.join(',') };
    for (const tier of tiers) {
      const names = imageEnvironment(tier);
      if (values.image !== undefined) env[names.image] = values.image;
      else if (archivePath) env[names.archive] = archivePath;
      else {
        io.err(`armorred: building ${image} ${tier} (${pkgs}) if needed`);
        env[names.archive] = (await buildTier({ root, image, tier, pkgs, onProgress: (line) => io.err(`  ${line}`) })).archive;
      }
    }
    const files = [...tiers.map((tier) => imagePaths(image).suite(tier)), ...handWrittenTests(root, image)];
    io.err(`armorred: running ${files.join(', ')}`);
    const run = await runSuites(root, files, { ...process.env, ...env } as Record<string, string>);
    const failed = run.checks.filter((check) => check.status === 'failed');
    if (values.json) io.out(JSON.stringify({ ok: run.exitCode === 0 && failed.length === 0, checks: run.checks }, null, 2));
    else {
      for (const check of run.checks) {
        io.out(`${MARK[check.status]} ${printable(check.file)}: ${printable(check.name)}`);
        if (check.failure) io.out(printableLines(check.failure).replace(/^/gm, '       '));
      }
      const count = (status: string) => run.checks.filter((check) => check.status === status).length;
      io.out(`${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
    }
    const passed = run.checks.filter((check) => check.status === 'passed').length;
    if (run.checks.length === 0) io.err(run.output);
    else if (passed === 0) io.err('armorred: no check ran (every suite was skipped: see the reasons above); nothing was tested');
    const ok = run.exitCode === 0 && failed.length === 0 && passed > 0;
    io.err(nextStep({ step: 'test', images: [image], ok, pkgs }));
    return ok ? EXIT.OK : EXIT.INVALID;
  },
});
