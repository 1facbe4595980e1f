import { buildTier, type BuildRecord } from '@armorred/builder';
import { readCatalog } from '@armorred/catalog';
import { EXIT, UsageError } from '@armorred/errors';
import { archiveConfigDigest } from '@armorred/image-archive';
import { defineCommand } from '../cli.js';
import { nextStep } from '../next-step.js';
import { TIER_OPTION, checkImageNames, parseTiers, parseTime } from '../options.js';
import { PKGS_OPTION, parsePackageSet } from '../package-set-option.js';

export const buildCommand = defineCommand({
  name: 'build',
  summary: 'Build image tiers with nix-build (pinned nixpkgs, or the offline test package set).',
  arguments: '[IMAGE...]',
  argumentHelp: { IMAGE: 'image folder names, e.g. nginx-1.26 (or --all)' },
  details: `Runs nix-build on the catalog entry point (default.nix) for each tier and prints the
path of the docker-archive it produced. The result link and a build record (JSON) are
kept in .armorred/results/<image>/ (gitignored).

Then it reads the image and holds it to what the tier declares, from the files it
really holds: a tier with shell: false may hold no shell, one with coreutils: false no
coreutils, and a tier whose policy (catalog.yaml) is forbidPackageManagers no package
manager. If it does, the build fails (exit 1) naming the files, and the image is not
recorded as built. When nix-build fails, the end of the failed builder's log is shown.

Package sets:
  nixpkgs   the image's pinned nixpkgs from catalog.yaml (needs network access to
            fetch nixpkgs, or the tarball already in the Nix store)
  offline   tools/offline-pkgs: the test fixture made from Debian bookworm .debs, for
            machines that cannot reach nixpkgs. Images built with it carry Debian's
            versions and the label org.armorred.pkgs=offline-debian-bookworm; they are
            never presented as nixpkgs builds. Its .debs are fetched first.`,
  options: {
    all: { type: 'boolean', description: 'build every image listed in catalog.yaml (what CI does before npm test)' },
    tier: TIER_OPTION,
    pkgs: PKGS_OPTION,
    revision: { type: 'string', value: 'REV', description: 'VCS revision for the org.opencontainers.image.revision label' },
    created: {
      type: 'string',
      value: 'TIME',
      description: 'RFC 3339 build time for the created date and label (default: a fixed date, so rebuilds are byte-identical)',
    },
    json: { type: 'boolean', description: 'print the build records as JSON' },
  },
  exits: {
    [EXIT.OK]: 'built',
    [EXIT.INVALID]: 'the image holds what its tier declares it does not (a shell, coreutils, a package manager)',
    [EXIT.USAGE]: 'usage errors',
    [EXIT.FAILED]: "the build failed (Nix's error and the end of the failed builder's log)",
    [EXIT.UNAVAILABLE]: 'Nix is not usable here',
  },
  async run({ values, positionals, root, io }) {
    if (values.all && positionals.length > 0) throw new UsageError('name images or give --all, not both');
    if (!values.all && positionals.length === 0) throw new UsageError('name the image(s) to build, e.g. armorred build nginx-1.26 (or --all for every image)');
    checkImageNames(positionals, root);
    const images = values.all ? readCatalog(root).spec.images : positionals;
    const tiers = parseTiers(values.tier);
    const pkgs = parsePackageSet(values.pkgs);
    const created = values.created === undefined ? undefined : parseTime(values.created, '--created');
    const records: BuildRecord[] = [];
    for (const image of images) {
      for (const tier of tiers) {
        const started = Date.now();
        io.err(`armorred: building ${image} ${tier} with ${pkgs === 'offline' ? 'the offline package set (Debian test fixture)' : 'nixpkgs'}`);
        const record = await buildTier({
          root,
          image,
          tier,
          pkgs,
          ...(values.revision === undefined ? {} : { revision: values.revision }),
          ...(created === undefined ? {} : { created }),
          onProgress: (line) => io.err(`  ${line}`),
        });
        records.push(record);
        // The image ID (its config's digest) is the build's identity; a tag or path is not.
        const id = await archiveConfigDigest(record.archive);
        io.err(`armorred: built ${image} ${tier} in ${((Date.now() - started) / 1000).toFixed(1)} s: image ID ${id}`);
        if (!values.json) io.out(record.archive);
      }
    }
    if (values.json) io.out(JSON.stringify(records, null, 2));
    io.err(nextStep({ step: 'build', images, ok: true, pkgs }));
    return EXIT.OK;
  },
});
