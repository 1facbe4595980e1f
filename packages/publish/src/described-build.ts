// The SBOMs and VEX a release is attested with are the checked-in ones, written by
// `armorred analyze` from one particular build. They are attested only onto that build:
// the image config's sha256 analysis/<tier>.json records must be the one just built (a
// nixpkgs release build is never attested with the offline fixture's SBOM, nor with
// documents of an older build).
// Only the report reader: the rest of @armorred/analysis (SBOM serializers) is not needed to publish.
import { readTierReport } from '@armorred/analysis/report';
import { InvalidInputError } from '@armorred/errors';
import { imagePaths } from '@armorred/repository';
import type { TierName } from '@armorred/spec';

/** The image config digest the tier's checked-in analysis (and so its SBOMs and VEX) describes; undefined when there is none. */
export function describedConfigDigest(root: string, image: string, tier: TierName): string | undefined {
  return readTierReport(root, image, tier)?.build.configDigest;
}

/**
 * Refuses a build whose checked-in documents describe another one (or none); the message
 * says how to make them describe this build.
 */
export function refuseOtherBuildsDocuments(root: string, image: string, tier: TierName, pkgs: string, configDigest: string): void {
  const described = describedConfigDigest(root, image, tier);
  if (described === configDigest) return;
  const file = imagePaths(image).analysisData(tier);
  const found = described === undefined ? `there is no ${file} to say which build they describe` : `${file} records the image config ${described}`;
  throw new InvalidInputError(
    `${image} ${tier}: the checked-in SBOMs and VEX describe another build, not this one (image config ${configDigest}): ${found}. ` +
      `Nothing was pushed. Analyze this build and regenerate the documents, then publish again:\n` +
      `  npx armorred analyze ${image} --pkgs ${pkgs}\n  npx armorred generate ${image}`,
  );
}
