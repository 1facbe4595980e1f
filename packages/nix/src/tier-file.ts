// Reading tier data back (the builder, the tests): parsed and validated against the one
// schema, so a reader never works from a file of another version or shape.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { InvalidInputError } from '@armorred/errors';
import { tierDataSchema, TIER_DATA_SCHEMA_VERSION, type TierData } from './tier-schema.js';

let validator: ValidateFunction | undefined;

/** The schema's problems with a value (empty: valid). */
export function tierDataProblems(value: unknown): string[] {
  // strictTuples off: Healthcheck.Test is an open tuple on purpose ("CMD", then the command).
  validator ??= new Ajv2020({ allErrors: true, strict: true, strictTuples: false }).compile(tierDataSchema);
  if (validator(value)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? 'invalid'}`);
}

/** What a tier claims of its image: the build holds the image to these. */
export type TierClaims = Pick<TierData, 'shell' | 'coreutils' | 'forbidPackageManagers'> & {
  /** The upstream version the spec claims (org.opencontainers.image.version); checked against nixpkgs' package. */
  version: string;
};

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${file}: not JSON (${(error as Error).message}); regenerate it: npx armorred generate`);
  }
}

function checkVersion(file: string, value: unknown): void {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== TIER_DATA_SCHEMA_VERSION)
    throw new InvalidInputError(
      `${file}: tier data of schema version ${JSON.stringify(version)}, expected ${TIER_DATA_SCHEMA_VERSION}; regenerate it: npx armorred generate`,
    );
}

/**
 * The claims of a tier data file, read without compiling the schema (the builder reads
 * them after every build; compiling the whole schema would cost more than a cached build).
 * The whole file is validated by the tests (parseTierData) and read by nix/image.nix,
 * which refuses another schema version itself.
 */
export function readTierClaims(file: string, text: string): TierClaims {
  const value = parseJson(file, text);
  checkVersion(file, value);
  const data = value as Record<string, unknown>;
  for (const key of ['shell', 'coreutils', 'forbidPackageManagers'] as const)
    if (typeof data[key] !== 'boolean') throw new InvalidInputError(`${file}: ${key} must be true or false; regenerate it: npx armorred generate`);
  const labels = data.labels as Record<string, unknown> | undefined;
  const version = labels?.['org.opencontainers.image.version'];
  if (typeof version !== 'string')
    throw new InvalidInputError(`${file}: labels carry no org.opencontainers.image.version; regenerate it: npx armorred generate`);
  return { shell: data.shell as boolean, coreutils: data.coreutils as boolean, forbidPackageManagers: data.forbidPackageManagers as boolean, version };
}

/** Parses a tier data file; throws InvalidInputError naming the file when it is not valid data of this version. */
export function parseTierData(file: string, text: string): TierData {
  const value = parseJson(file, text);
  checkVersion(file, value);
  const problems = tierDataProblems(value);
  if (problems.length > 0)
    throw new InvalidInputError(`${file}: not valid tier data:\n${problems.map((problem) => `  ${problem}`).join('\n')}\nregenerate it: npx armorred generate`);
  return value as TierData;
}
