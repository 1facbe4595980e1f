// What a tier declares against what its image holds. The spec says shell: false (no shell
// and no general-purpose interpreter) or
// coreutils: false and the catalog's tier policy may forbid package managers; the files
// of the built image decide whether that is true (package names are only an early
// warning at validation: dockerTools.usrBinEnv, fish, an override's package reference
// or nixVersions.latest pass a list of names). Pure.
import { ArmorredError, EXIT } from '@armorred/errors';
import type { Holdings } from '@armorred/image-facts';
import type { TierData } from '@armorred/nix';
import { imagePaths, CATALOG_FILE } from '@armorred/repository';

export interface ClaimViolation {
  /** What the tier claims, e.g. "shell: false". */
  claim: string;
  /** Where the claim is made. */
  source: string;
  /** What the image holds instead, e.g. "a shell". */
  held: string;
  /** Paths inside the image (no leading /): outside /nix/store first, each part sorted. */
  files: string[];
}

/** The image's own paths (what a user runs, e.g. /usr/bin/env) before the store paths behind them. */
function rootFirst(files: readonly string[]): string[] {
  const inStore = (file: string) => file.startsWith('nix/store/');
  return [...files.filter((file) => !inStore(file)), ...files.filter(inStore)];
}

export function claimViolations(data: Pick<TierData, 'shell' | 'coreutils' | 'forbidPackageManagers'>, holdings: Holdings, image = ''): ClaimViolation[] {
  const spec = image ? imagePaths(image).spec : 'image.yaml';
  const violations: ClaimViolation[] = [];
  if (!data.shell && holdings.shells.length > 0) violations.push({ claim: 'shell: false', source: spec, held: 'a shell', files: rootFirst(holdings.shells) });
  // An interpreter runs any command, as a shell does: shell: false forbids it too.
  if (!data.shell && holdings.interpreters.length > 0)
    violations.push({ claim: 'shell: false', source: spec, held: 'a general-purpose interpreter', files: rootFirst(holdings.interpreters) });
  if (!data.coreutils && holdings.coreutils.length > 0)
    violations.push({ claim: 'coreutils: false', source: spec, held: 'coreutils', files: rootFirst(holdings.coreutils) });
  if (data.forbidPackageManagers && holdings.packageManagers.length > 0)
    violations.push({
      claim: 'forbidPackageManagers: true',
      source: `${CATALOG_FILE} (tier policy)`,
      held: 'a package manager',
      files: rootFirst(holdings.packageManagers),
    });
  return violations;
}

/** How many files of each violation an error names (the rest are counted). */
const FILES_SHOWN = 10;

/** The built image refutes its tier's claims (exit 1: the spec's claim is false, the build itself worked). */
export class ImageClaimError extends ArmorredError {
  readonly violations: ClaimViolation[];
  readonly archive: string;
  constructor({ image, tier, archive, violations }: { image: string; tier: string; archive: string; violations: ClaimViolation[] }) {
    const lines = violations.map(({ claim, source, held, files }) => {
      const shown = files.slice(0, FILES_SHOWN).map((file) => `/${file}`);
      const more = files.length > FILES_SHOWN ? ` and ${files.length - FILES_SHOWN} more` : '';
      return `  ${claim} (${source}), but it holds ${held}: ${shown.join(', ')}${more}`;
    });
    super(
      `${image} ${tier}: the built image holds what the tier declares it does not:\n${lines.join('\n')}\n` +
        `Remove what brings it (contents, package overrides), or change the declaration. The image (${archive}) was not recorded as built.`,
      EXIT.INVALID,
    );
    this.violations = violations;
    this.archive = archive;
  }
}
