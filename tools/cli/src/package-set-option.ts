// The --pkgs option of the commands that build. Apart from options.ts because it needs
// @armorred/builder, which the commands that do not build need not load.
import { UsageError } from '@armorred/errors';
import { PACKAGE_SETS, type PackageSetName } from '@armorred/builder';
import type { OptionSpec } from './cli.js';

export const PKGS_OPTION = {
  type: 'string',
  value: 'P',
  description: 'package set: nixpkgs or offline (default: $ARMORRED_PKGS, else nixpkgs)',
} as const satisfies OptionSpec;

/** The package set: --pkgs, else $ARMORRED_PKGS, else nixpkgs. */
export function parsePackageSet(value: string | undefined, env: NodeJS.ProcessEnv = process.env): PackageSetName {
  const given = value ?? env.ARMORRED_PKGS ?? 'nixpkgs';
  const known = PACKAGE_SETS.find((name) => name === given);
  if (!known) throw new UsageError(`${value === undefined ? 'ARMORRED_PKGS' : '--pkgs'} must be ${PACKAGE_SETS.join(' or ')}, not ${JSON.stringify(given)}`);
  return known;
}
