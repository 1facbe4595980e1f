// The tier data (images/<image>/generated/<tier>.json) as JSON Schema draft 2020-12: what
// `armorred generate` writes and nix/image.nix reads. This constant is the one place the
// format is defined: the TypeScript type is derived from it (json-schema-to-ts) and the
// tests validate every generated file against it.
//
// The version: nix/image.nix refuses data of another schemaVersion, so a change of the
// format that the function must follow (a key added, renamed or given another meaning)
// raises TIER_DATA_SCHEMA_VERSION here and the check in nix/image.nix together.
import type { FromSchema } from 'json-schema-to-ts';
import { catalogSchema } from '@armorred/catalog';

export const TIER_DATA_SCHEMA_VERSION = 1;

// Paths in the data: the characters validation allows, but not its other rules (no
// segment starting with "-", at most 32 segments). The data can carry what validation
// refuses, and nix/image.nix must stay safe with it (its tests feed such paths).
const ABSOLUTE_PATH = '^/([A-Za-z0-9._@+-]+(/[A-Za-z0-9._@+-]+)*)?$';
const RELATIVE_PATH = '^[A-Za-z0-9._@+-]+(/[A-Za-z0-9._@+-]+)*$';

/** One part of a package attribute path, e.g. "dockerTools" (no dots: a path is a list of parts). */
export const ATTRIBUTE_NAME = "^[A-Za-z_][A-Za-z0-9_'-]*$";

const attributePath = {
  type: 'array',
  description:
    'A package attribute path in the package set as a list of names, e.g. ["dockerTools", "caCertificates"]; nix/image.nix looks it up with lib.getAttrFromPath',
  items: { type: 'string', pattern: ATTRIBUTE_NAME, maxLength: 100 },
  minItems: 1,
  maxItems: 20,
} as const;

const pinProperties = catalogSchema.properties.nixpkgs.additionalProperties.properties;
const absolutePath = { type: 'string', pattern: ABSOLUTE_PATH, maxLength: 4096 } as const;
const text = { type: 'string', maxLength: 10000 } as const;
const textList = { type: 'array', items: text, maxItems: 200 } as const;
/** Durations in Docker's config are nanoseconds. */
const nanoseconds = { type: 'integer', minimum: 0, maximum: 3_600_000_000_000 } as const;

const packageReference = {
  type: 'object',
  description: 'Another package of the package set, by attribute path',
  properties: { package: attributePath },
  required: ['package'],
  additionalProperties: false,
} as const;

const overrideScalar = { anyOf: [{ type: 'boolean' }, { type: 'integer' }, text, packageReference] } as const;

const packageCustomisation = {
  type: 'object',
  description: 'The main package and how the tier customises it',
  properties: {
    attrPath: attributePath,
    override: {
      type: 'object',
      description: "Arguments for the package's `override` (an empty object: override is not called)",
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 100 },
      additionalProperties: { anyOf: [...overrideScalar.anyOf, { type: 'array', items: overrideScalar, maxItems: 200 }] },
    },
    dropConfigureFlags: { type: 'array', items: text, maxItems: 200 },
    dropBuildInputs: { type: 'array', items: text, maxItems: 200 },
    dropFiles: {
      type: 'array',
      description: 'Files of the package\'s output removed by postInstall (rm -f -- "$out"/<file>)',
      items: { type: 'string', pattern: RELATIVE_PATH, maxLength: 1024 },
      maxItems: 200,
    },
    strip: { enum: ['debug', 'all', 'none'] },
  },
  required: ['attrPath', 'override', 'dropConfigureFlags', 'dropBuildInputs', 'dropFiles', 'strip'],
  additionalProperties: false,
} as const;

/** Docker's image config (the subset ARMORRED sets); Labels are added by nix/image.nix. */
const dockerConfig = {
  type: 'object',
  properties: {
    User: { type: 'string', pattern: '^[0-9]+:[0-9]+$' },
    Entrypoint: textList,
    Cmd: textList,
    Env: textList,
    WorkingDir: absolutePath,
    ExposedPorts: {
      type: 'object',
      propertyNames: { pattern: '^[0-9]+/(tcp|udp)$' },
      additionalProperties: { type: 'object', additionalProperties: false },
    },
    StopSignal: { type: 'string', pattern: '^SIG[A-Z0-9]+$' },
    Volumes: {
      type: 'object',
      description: 'The state writable paths: volumes that persist',
      propertyNames: absolutePath,
      additionalProperties: { type: 'object', additionalProperties: false },
    },
    Healthcheck: {
      type: 'object',
      description: 'An exec health check in exec form (http and tcp health checks are not expressible here)',
      properties: {
        Test: { type: 'array', prefixItems: [{ const: 'CMD' }], items: text, minItems: 2, maxItems: 101 },
        Interval: nanoseconds,
        Timeout: nanoseconds,
        StartPeriod: nanoseconds,
        Retries: { type: 'integer', minimum: 1, maximum: 100 },
      },
      required: ['Test', 'Interval', 'Timeout', 'StartPeriod', 'Retries'],
      additionalProperties: false,
    },
  },
  required: ['User', 'WorkingDir', 'StopSignal'],
  additionalProperties: false,
} as const;

export const tierDataSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://armorred.dev/schemas/tier-data-v${TIER_DATA_SCHEMA_VERSION}.schema.json`,
  title: 'ARMORRED tier data (images/<image>/generated/<tier>.json), read by nix/image.nix',
  type: 'object',
  properties: {
    generated: { type: 'string', description: 'Where the file comes from; it is never edited by hand' },
    schemaVersion: { const: TIER_DATA_SCHEMA_VERSION },
    nixpkgs: {
      type: 'object',
      description: "The tier's nixpkgs pin (catalog.yaml): the package set used when the caller passes none",
      properties: {
        pin: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
        url: pinProperties.url,
        sha256: pinProperties.sha256,
      },
      required: ['pin', 'url', 'sha256'],
      additionalProperties: false,
    },
    name: { type: 'string', description: 'Image name (registry/repository)', pattern: '^[a-z0-9][a-z0-9._/:-]*$', maxLength: 300 },
    tag: { type: 'string', pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$' },
    package: packageCustomisation,
    contents: { type: 'array', description: 'Extra packages placed in the image', items: attributePath, maxItems: 200 },
    shell: { type: 'boolean', description: 'The tier declares /bin/sh: dockerTools.binSh is added; the build fails if false and the image holds a shell' },
    coreutils: { type: 'boolean', description: 'The tier declares coreutils: pkgs.coreutils is added; the build fails if false and the image holds coreutils' },
    forbidPackageManagers: { type: 'boolean', description: 'Tier policy from catalog.yaml: the build fails if the image holds a package manager' },
    user: { type: 'integer', minimum: 0, maximum: 4294967294 },
    group: { type: 'integer', minimum: 0, maximum: 4294967294 },
    writableDirectories: {
      type: 'array',
      description: 'Created in the image; sticky ones mode 1777 and owned by root, the others owned by the runtime user',
      items: {
        type: 'object',
        properties: { path: absolutePath, sticky: { type: 'boolean' } },
        required: ['path', 'sticky'],
        additionalProperties: false,
      },
      maxItems: 100,
    },
    configFiles: {
      type: 'array',
      description: 'Files of the image folder installed into the image',
      items: {
        type: 'object',
        properties: {
          source: { type: 'string', pattern: RELATIVE_PATH, maxLength: 4096, description: 'Relative to the image folder' },
          target: absolutePath,
          mode: { type: 'string', pattern: '^0?[0-7]{3}$' },
        },
        required: ['source', 'target', 'mode'],
        additionalProperties: false,
      },
      maxItems: 200,
    },
    config: dockerConfig,
    labels: { type: 'object', additionalProperties: text },
    buildTimeLabels: {
      type: 'object',
      description: 'The label keys nix/image.nix sets from its arguments and the package set',
      properties: { created: { type: 'string' }, revision: { type: 'string' }, packageSet: { type: 'string' } },
      required: ['created', 'revision', 'packageSet'],
      additionalProperties: false,
    },
  },
  required: [
    'generated',
    'schemaVersion',
    'nixpkgs',
    'name',
    'tag',
    'package',
    'contents',
    'shell',
    'coreutils',
    'forbidPackageManagers',
    'user',
    'group',
    'writableDirectories',
    'configFiles',
    'config',
    'labels',
    'buildTimeLabels',
  ],
  additionalProperties: false,
} as const;

export type TierData = FromSchema<typeof tierDataSchema>;
export type DockerConfig = TierData['config'];
export type OverrideArgument = TierData['package']['override'][string];
