import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, UsageError } from '@armorred/errors';
import { readCatalog } from '@armorred/catalog';
import { formatReleaseRecord, publish, type TestOutcome, type TestRequest } from '@armorred/publish';
import { imagePaths } from '@armorred/repository';
import { withoutKeyPassword } from '@armorred/signing';
import type { TierName } from '@armorred/spec';
import { imageEnvironment } from '@armorred/testkit/contract';
import { defineCommand } from '../cli.js';
import { JSON_OPTION, checkImageNames } from '../options.js';
import { PKGS_OPTION, parsePackageSet } from '../package-set-option.js';
import { REGISTRY_OPTIONS, parseRegistryValues } from '../registry-options.js';
import { runSuites } from '../suite-runner.js';
import { handWrittenTests } from './test.js';

/** Step 2 of publishing: the tiers' generated suites and the hand-written tests, via `armorred test`'s runner. */
async function testArchives({ root, image, archives }: TestRequest): Promise<TestOutcome> {
  const env = withoutKeyPassword(process.env);
  const tiers = Object.keys(archives) as TierName[];
  for (const tier of tiers) env[imageEnvironment(tier).archive] = archives[tier]!;
  const files = [...tiers.map((tier) => imagePaths(image).suite(tier)), ...handWrittenTests(root, image)];
  const run = await runSuites(root, files, env);
  const count = (status: string) => run.checks.filter((check) => check.status === status).length;
  const failed = run.checks.filter((check) => check.status === 'failed');
  const ok = run.exitCode === 0 && failed.length === 0 && count('passed') > 0;
  const summary = [
    `${count('passed')} passed, ${failed.length} failed, ${count('skipped')} skipped`,
    ...failed.map((check) => `FAIL ${check.file}: ${check.name}${check.failure ? `\n${check.failure.replace(/^/gm, '       ')}` : ''}`),
    ...(run.checks.length === 0 ? [run.output.trim()] : count('passed') === 0 ? ['no check ran (every suite was skipped)'] : []),
  ].join('\n');
  return { ok, summary };
}

export const publishCommand = defineCommand({
  name: 'publish',
  summary: 'Build, test, push by digest, sign and attest, verify, then tag image tiers in a registry.',
  arguments: 'IMAGE...',
  argumentHelp: { IMAGE: 'image folder names, e.g. nginx-1.26 (or --changed)' },
  details: `For each tier of each image, in this order: build it; run its generated and
hand-written test suites against that archive; push it by digest (skopeo, no tag); sign
the digest and attach the tier's CycloneDX and SPDX SBOMs and OpenVEX document as signed
attestations (cosign); verify the signature and every attestation with the public key;
only then tag it:
  <version>-r<N>-<tier>   e.g. 1.26.3-r1-hardened   immutable (created once, never moved)
  <version>-<tier>        e.g. 1.26.3-hardened      moves to the newest revision
  <line>-<tier>           e.g. 1.26-hardened        moves to the newest release of the line
and print the release record (the @sha256: reference, tags, signature, attestations,
package set). The release version comes from the image's package.json (changesets; see
docs/publishing.md).

Idempotent: a release already in the registry is not rebuilt, uploads nothing and moves
no tag. Safe to interrupt: no tag is set before the digest is verified, and the next run
completes the release. Images built with --pkgs offline (labelled
org.armorred.pkgs=offline-debian-bookworm) cannot be published to catalog.yaml's registry.

Secrets: registry credentials come only from the auth file (--authfile or
REGISTRY_AUTH_FILE); the key password only from COSIGN_PASSWORD, which is handed to cosign
alone. Neither is ever printed or written.`,
  options: {
    ...REGISTRY_OPTIONS,
    changed: { type: 'boolean', description: 'publish every catalog image whose release is not yet (fully) in the registry' },
    pkgs: PKGS_OPTION,
    'sign-key': { type: 'string', value: 'FILE', description: 'cosign private key (password in COSIGN_PASSWORD); needed when something must be signed' },
    'dry-run': { type: 'boolean', description: 'say what would be done; build, push, sign and tag nothing' },
    json: JSON_OPTION,
  },
  exits: {
    [EXIT.OK]: 'published (or already published)',
    [EXIT.INVALID]: 'a test failed, or a spec or release version is wrong',
    [EXIT.USAGE]: 'usage errors (an offline build for the catalog registry included)',
    [EXIT.FAILED]: 'a tool or the registry failed (build, push, sign, verify)',
    [EXIT.UNAVAILABLE]: 'skopeo or cosign is not installed',
  },
  async run({ values, positionals, root, io }) {
    if (values.changed && positionals.length > 0) throw new UsageError('give image names or --changed, not both');
    if (!values.changed && positionals.length === 0)
      throw new UsageError('name the image(s) to publish, e.g. armorred publish nginx-1.26 --registry ghcr.io/armorred, or use --changed');
    checkImageNames(positionals, root);
    const images = values.changed ? readCatalog(root).spec.images : positionals;
    const { registry, connection } = parseRegistryValues(values, io.cwd);
    const pkgs = parsePackageSet(values.pkgs);
    // Read once, then removed from this process's environment so no other tool inherits it.
    const password = process.env.COSIGN_PASSWORD ?? '';
    delete process.env.COSIGN_PASSWORD;
    let signing: { keyFile: string; password: string } | undefined;
    if (values['sign-key'] !== undefined) {
      const keyFile = resolve(io.cwd, values['sign-key']);
      if (!existsSync(keyFile)) throw new UsageError(`--sign-key: no such file: ${keyFile}`);
      signing = { keyFile, password };
    }
    const results = await publish({
      root,
      images,
      registry,
      pkgs,
      connection,
      ...(signing ? { signing } : {}),
      dryRun: values['dry-run'] ?? false,
      skipUnreleased: values.changed ?? false,
      test: testArchives,
      onProgress: (line) => io.err(`armorred: ${line}`),
      env: withoutKeyPassword(process.env),
    });
    if (values.json) {
      io.out(JSON.stringify(values['dry-run'] ? results.map(({ record: _record, ...plan }) => plan) : results.map((result) => result.record), null, 2));
    } else if (values['dry-run']) {
      for (const result of results) io.out(`${result.image} ${result.tier} ${result.version} -> ${result.repository}: ${result.description}`);
    } else {
      io.out(results.map((result) => formatReleaseRecord(result.record!)).join('\n\n'));
    }
    if (results.length === 0) io.err('armorred: nothing to publish');
    return EXIT.OK;
  },
});
