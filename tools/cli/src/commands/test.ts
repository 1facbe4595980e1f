import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BuildError, buildTier } from '@armorred/build';
import { imageEnvironment, runSuites } from '@armorred/testkit';
import { EXIT_INVALID, EXIT_OK, UsageError, checkImageNames, type Command } from '../cli.js';
import { parsePackageSet, parseTiers } from './build.js';

const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' } as const;

/** Hand-written tests of an image: images/<image>/tests/*.test.ts (never generated). */
export function handWrittenTests(root: string, image: string): string[] {
  const dir = join(root, 'images', image, 'tests');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => `images/${image}/tests/${name}`);
}

export const testCommand: Command = {
  name: 'test',
  summary: "Run an image's generated test suite (and its hand-written tests) against the built image.",
  usage: 'armorred test IMAGE [--tier hardened|locked|all] [--image REF | --archive PATH] [--pkgs nixpkgs|offline] [--json]',
  help: `Builds the tiers when needed (nix-build is incremental), then runs the generated suites
images/<image>/generated/<tier>.test.ts and the hand-written tests images/<image>/tests/*.test.ts
with vitest, against the image. Prints one line per check and exits non-zero when any fails.

The suites check, with podman: metadata (user, entrypoint, cmd, env, working dir, ports,
stop signal, labels), structure (shell, coreutils, package managers, setuid files, /tmp,
config files, nothing in /nix/store outside the closure) and runtime (non-root process,
read-only root, writable paths, health check, functional checks, clean stop, no shell).

Options:
  --tier T        hardened, locked or all (default all)
  --image REF     test this podman image instead of building (one tier only)
  --archive PATH  test this docker-archive instead of building (one tier only)
  --pkgs P        package set for the build: nixpkgs or offline (default: $ARMORRED_PKGS, else nixpkgs)
  --json          print the results as JSON
  -h, --help      show this help

Exit status: 0 all checks passed, 1 a check (or the build) failed, 2 usage errors.`,
  options: {
    tier: { type: 'string' },
    image: { type: 'string' },
    archive: { type: 'string' },
    pkgs: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals, root, io }) {
    if (positionals.length !== 1) throw new UsageError(`name one image, e.g. armorred test nginx-1.26\nusage: ${this.usage}`);
    const [image] = positionals as [string];
    checkImageNames([image], root);
    const tiers = parseTiers(values.tier);
    const given = (values.image ?? values.archive) as string | undefined;
    if (values.image && values.archive) throw new UsageError('give --image or --archive, not both');
    if (given && tiers.length !== 1) throw new UsageError('--image and --archive test one tier: add --tier hardened or --tier locked');
    // The archive path is the user's, relative to where they ran the command (vitest runs elsewhere).
    const archivePath = values.archive === undefined ? undefined : resolve(io.cwd, String(values.archive));
    if (archivePath && !existsSync(archivePath)) throw new UsageError(`no such archive: ${archivePath}`);
    const pkgs = parsePackageSet(values.pkgs);

    const env: Record<string, string> = {};
    for (const tier of tiers) {
      const names = imageEnvironment(tier);
      if (values.image) env[names.image] = String(values.image);
      else if (archivePath) env[names.archive] = archivePath;
      else {
        try {
          io.err(`armorred: building ${image} ${tier} (${pkgs}) if needed`);
          env[names.archive] = (await buildTier({ root, image, tier, pkgs, onProgress: (line) => io.err(`  ${line}`) })).archive;
        } catch (error) {
          if (!(error instanceof BuildError)) throw error;
          io.err(`armorred: ${error.message}`);
          return EXIT_INVALID;
        }
      }
    }
    const files = [...tiers.map((tier) => `images/${image}/generated/${tier}.test.ts`), ...handWrittenTests(root, image)];
    io.err(`armorred: running ${files.join(', ')}`);
    const run = await runSuites(root, files, { ...process.env, ...env } as Record<string, string>);
    const failed = run.checks.filter((check) => check.status === 'failed');
    if (values.json) io.out(JSON.stringify({ ok: run.exitCode === 0 && failed.length === 0, checks: run.checks }, null, 2));
    else {
      for (const check of run.checks) {
        io.out(`${MARK[check.status]} ${check.file}: ${check.name}`);
        if (check.failure) io.out(check.failure.replace(/^/gm, '       '));
      }
      const count = (status: string) => run.checks.filter((check) => check.status === status).length;
      io.out(`${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
    }
    const passed = run.checks.filter((check) => check.status === 'passed').length;
    if (run.checks.length === 0) io.err(run.output);
    else if (passed === 0) io.err('armorred: no check ran (every suite was skipped: see the reasons above); nothing was tested');
    return run.exitCode === 0 && failed.length === 0 && passed > 0 ? EXIT_OK : EXIT_INVALID;
  },
};
