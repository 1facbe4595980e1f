// catalog.yaml as JSON Schema draft 2020-12: the one source of the Catalog types and of
// the editor schema file packages/catalog/catalog.schema.json.
import type { FromSchema } from 'json-schema-to-ts';
import { SINGLE_LINE, URL_PATTERN } from '@armorred/spec';

const id = { type: 'integer', minimum: 0, maximum: 4294967294 } as const;
const url = { type: 'string', pattern: URL_PATTERN, maxLength: 2000 } as const;

const tierPolicy = {
  type: 'object',
  properties: {
    description: { type: 'string', pattern: SINGLE_LINE, minLength: 1, maxLength: 500 },
    requireNonRoot: { type: 'boolean', description: 'Every image of this tier must run with a non-zero UID' },
    forbidPackageManagers: {
      type: 'boolean',
      description: 'No package manager (apt, dpkg, apk, rpm, nix, pip, ...) may be part of the image',
    },
  },
  required: ['description'],
  additionalProperties: false,
} as const;

export const catalogSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://armorred.dev/schemas/catalog.schema.json',
  title: 'ARMORRED catalog (catalog.yaml)',
  type: 'object',
  properties: {
    registry: {
      type: 'string',
      pattern: '^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$',
      maxLength: 200,
      description: 'Registry and namespace images are published to, e.g. ghcr.io/armorred',
    },
    vendor: { type: 'string', pattern: SINGLE_LINE, minLength: 1, maxLength: 200 },
    repository: { ...url, description: "The catalog's source repository" },
    documentation: { ...url, description: 'Base URL of the Images documentation site' },
    nixpkgs: {
      type: 'object',
      description: 'Named nixpkgs pins images build against',
      propertyNames: {
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
        maxLength: 64,
        description: 'pin names are letters, digits and . _ -, starting with a letter or digit (e.g. nixos-24.11)',
      },
      maxProperties: 100,
      additionalProperties: {
        type: 'object',
        properties: {
          rev: { type: 'string', pattern: '^[0-9a-f]{40}$', description: 'nixpkgs commit' },
          sha256: {
            type: 'string',
            pattern: '^([0-9a-df-np-sv-z]{52}|sha256-[A-Za-z0-9+/]{43}=)$',
            description: 'Hash of the unpacked tarball (nix-prefetch-url --unpack), base32 or SRI',
          },
          url: { ...url, description: 'Tarball URL; defaults to the GitHub archive of rev' },
        },
        required: ['rev', 'sha256'],
        additionalProperties: false,
      },
      minProperties: 1,
    },
    defaults: {
      type: 'object',
      properties: { user: id, group: id },
      required: ['user', 'group'],
      additionalProperties: false,
    },
    tiers: {
      type: 'object',
      properties: { hardened: tierPolicy, locked: tierPolicy },
      required: ['hardened', 'locked'],
      additionalProperties: false,
    },
    images: {
      type: 'array',
      description: 'Image folders under images/, each <name>-<line>',
      items: {
        type: 'string',
        pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]+(\\.[0-9]+)*$',
        maxLength: 100,
        description:
          'An image folder name: the image name (lowercase letters, digits and dashes, not starting or ending with a dash), a dash, then the release line (numbers separated by dots), e.g. nginx-1.26',
      },
      maxItems: 100000,
    },
  },
  required: ['registry', 'vendor', 'repository', 'nixpkgs', 'defaults', 'tiers', 'images'],
  additionalProperties: false,
} as const;

export type CatalogSpec = FromSchema<typeof catalogSchema>;
export type NixpkgsPin = CatalogSpec['nixpkgs'][string];
export type TierPolicy = CatalogSpec['tiers']['hardened'];
