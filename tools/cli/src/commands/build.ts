import { BuildError, PACKAGE_SETS, buildTier, type BuildRecord, type PackageSetName } from '@armorred/build';
import { TIER_NAMES, type TierName } from '@armorred/spec';
import { EXIT_INVALID, EXIT_OK, UsageError, checkImageNames, parseTime, type Command } from '../cli.js';

/** The package set when --pkgs is not given: $ARMORRED_PKGS, else nixpkgs. */
export function defaultPackageSet(env: NodeJS.ProcessEnv = process.env): PackageSetName {
  const value = env.ARMORRED_PKGS ?? 'nixpkgs';
  if (!(PACKAGE_SETS as readonly string[]).includes(value)) throw new UsageError(`ARMORRED_PKGS must be one of ${PACKAGE_SETS.join(', ')}, not "${value}"`);
  return value as PackageSetName;
}

export function parseTiers(value: unknown): TierName[] {
  const tier = typeof value === 'string' ? value : 'all';
  if (tier === 'all') return [...TIER_NAMES];
  if (!(TIER_NAMES as readonly string[]).includes(tier)) throw new UsageError(`--tier must be hardened, locked or all, not "${tier}"`);
  return [tier as TierName];
}

export function parsePackageSet(value: unknown): PackageSetName {
  if (value === undefined) return defaultPackageSet();
  if (!(PACKAGE_SETS as readonly string[]).includes(String(value))) throw new UsageError(`--pkgs must be nixpkgs or offline, not "${String(value)}"`);
  return value as PackageSetName;
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build image tiers with nix-build (pinned nixpkgs, or the offline test package set).',
  usage: 'armorred build IMAGE... [--tier hardened|locked|all] [--pkgs nixpkgs|offline] [--revision REV] [--created TIME] [--json]',
  help: `Runs nix-build on the catalog entry point (default.nix) for each tier and prints the
path of the docker-archive it produced. The result link and a build record (JSON) are
kept in .armorred/results/<image>/ (gitignored).

Package sets:
  nixpkgs   the image's pinned nixpkgs from catalog.yaml (needs network access to
            fetch nixpkgs, or the tarball already in the Nix store)
  offline   tools/offline-pkgs: the test fixture made from Debian bookworm .debs, for
            machines that cannot reach nixpkgs. Images built with it carry Debian's
            versions and the label org.armorred.pkgs=offline-debian-bookworm; they are
            never presented as nixpkgs builds. Its .debs are fetched first.

Options:
  --tier T        hardened, locked or all (default all)
  --pkgs P        nixpkgs or offline (default: $ARMORRED_PKGS, else nixpkgs)
  --revision REV  VCS revision for the org.opencontainers.image.revision label
  --created TIME  RFC 3339 build time for the created date and label (default: a fixed
                  date, so rebuilds are byte-identical)
  --json          print the build records as JSON
  -h, --help      show this help

Exit status: 0 built, 1 build failed (Nix's error summarised), 2 usage errors.`,
  options: {
    tier: { type: 'string' },
    pkgs: { type: 'string' },
    revision: { type: 'string' },
    created: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals, root, io }) {
    if (positionals.length === 0) throw new UsageError(`name the image(s) to build, e.g. armorred build nginx-1.26\nusage: ${this.usage}`);
    checkImageNames(positionals, root);
    const tiers = parseTiers(values.tier);
    const pkgs = parsePackageSet(values.pkgs);
    const created = values.created === undefined ? undefined : parseTime(String(values.created), '--created');
    const records: BuildRecord[] = [];
    for (const image of positionals) {
      for (const tier of tiers) {
        const started = Date.now();
        io.err(`armorred: building ${image} ${tier} with ${pkgs === 'offline' ? 'the offline package set (Debian test fixture)' : 'nixpkgs'}`);
        try {
          const record = await buildTier({
            root,
            image,
            tier,
            pkgs,
            revision: values.revision as string | undefined,
            created,
            onProgress: (line) => io.err(`  ${line}`),
          });
          records.push(record);
          io.err(`armorred: built ${image} ${tier} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
          if (!values.json) io.out(record.archive);
        } catch (error) {
          if (!(error instanceof BuildError)) throw error;
          io.err(`armorred: ${error.message}`);
          return EXIT_INVALID;
        }
      }
    }
    if (values.json) io.out(JSON.stringify(records, null, 2));
    return EXIT_OK;
  },
};
