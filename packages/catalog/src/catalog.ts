// Catalog-wide rules: which images exist, and what every image must satisfy given the
// catalog's pins and tier policies. Pure functions over parsed files.
import {
  SpecError,
  TIER_NAMES,
  checkAgainstSchema,
  parseYamlFile,
  packageAttributes,
  resolveTier,
  suggest,
  tierSourcePath,
  type LoadedSpec,
  type SpecIssue,
  type YamlSource,
} from '@armorred/spec';
import { packageConcerns } from '@armorred/image-facts';
import { SPEC_FILE, imagePaths } from '@armorred/repository';
import * as catalogValidator from '../generated/catalog-schema-validator.js';
import { catalogSchema, type CatalogSpec } from './schema.js';

export interface LoadedCatalog {
  source: YamlSource;
  spec: CatalogSpec;
}

export function parseCatalog(file: string, bytes: Uint8Array | string): LoadedCatalog {
  const source = parseYamlFile(file, bytes);
  const issues = checkAgainstSchema(source, catalogSchema, catalogValidator);
  if (issues.length > 0) throw new SpecError(issues);
  return { source, spec: source.value as CatalogSpec };
}

/** Every listed image has a folder, every folder is listed, and no folder is listed twice. */
export function checkImageList(catalog: LoadedCatalog, folders: readonly string[]): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const present = new Set(folders);
  const listed = new Set<string>();
  catalog.spec.images.forEach((image, index) => {
    if (listed.has(image)) issues.push(catalog.source.issue(['images', index], `"${image}" is listed twice; list each image once`));
    listed.add(image);
    if (!present.has(image)) {
      const near = suggest(image, folders);
      issues.push(
        catalog.source.issue(
          ['images', index],
          `"${image}" has no folder ${imagePaths(image).dir}/ with an ${SPEC_FILE}${near ? `; did you mean "${near}"?` : '; create it with its spec or remove this entry'}`,
        ),
      );
    }
  });
  for (const folder of [...present].sort()) {
    if (!listed.has(folder)) {
      issues.push(catalog.source.issue(['images'], `${imagePaths(folder).dir}/ exists but is not listed; add "- ${folder}" to images`, 'key'));
    }
  }
  return issues;
}

/** Rules that tie one image to the catalog: folder name, pin, tier policies. */
export function checkImageAgainstCatalog(catalog: LoadedCatalog, folder: string, image: LoadedSpec): SpecIssue[] {
  const { source, spec } = image;
  const issues: SpecIssue[] = [];
  const expected = `${spec.name}-${spec.line}`;
  if (folder !== expected) {
    issues.push(
      source.issue(['name'], `folder "${folder}" does not match name "${spec.name}" and line "${spec.line}"; the folder must be named "${expected}"`),
    );
  }
  const pins = Object.keys(catalog.spec.nixpkgs);
  if (!pins.includes(spec.nixpkgs)) {
    const near = suggest(spec.nixpkgs, pins);
    issues.push(
      source.issue(['nixpkgs'], `no nixpkgs pin "${spec.nixpkgs}" in catalog.yaml; ${near ? `did you mean "${near}"?` : `defined pins: ${pins.join(', ')}`}`),
    );
  }
  for (const tier of TIER_NAMES) {
    const policy = catalog.spec.tiers[tier];
    const resolved = resolveTier(spec, tier, catalog.spec.defaults);
    const at = (path: (string | number)[], message: string) => issues.push(source.issue(tierSourcePath(spec, tier, path), message));
    if (policy.requireNonRoot) {
      if (resolved.runtime.user === 0)
        at(['runtime', 'user'], `tier ${tier} requires a non-root user, but user is 0; use ${catalog.spec.defaults.user} (nobody) or another non-zero UID`);
      if (resolved.runtime.group === 0)
        at(['runtime', 'group'], `tier ${tier} requires a non-root group, but group is 0; use ${catalog.spec.defaults.group} or another non-zero GID`);
    }
    if (policy.forbidPackageManagers) {
      // An early warning by name; the build checks what the image really holds.
      for (const { attr, path } of packageAttributes(resolved)) {
        if (packageConcerns(attr).includes('package manager')) at([...path], `tier ${tier} forbids package managers, but "${attr}" is one; remove it`);
      }
    }
  }
  return issues;
}
