// The OCI labels of an image tier. The same set goes into the image config's Labels and
// becomes the manifest annotations at publish time.
import type { CatalogSpec } from '@armorred/catalog';
import type { ResolvedTier } from '@armorred/spec';

export type Labels = Record<string, string>;

/** Labels whose values exist only at build time; they are passed in, never guessed. */
export const BUILD_TIME_LABELS = {
  created: 'org.opencontainers.image.created',
  revision: 'org.opencontainers.image.revision',
  /** Which package set built the image (nixpkgs, or the offline Debian test fixture). */
  packageSet: 'org.armorred.pkgs',
} as const;

export interface BuildInfo {
  /** RFC 3339 time of the build (for releases: the commit time). */
  created?: string;
  /** VCS revision the image was built from. */
  revision?: string;
  /** Package set name, e.g. nixpkgs or offline-debian-bookworm. */
  packageSet?: string;
}

function sorted(labels: Labels): Labels {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The labels known from the spec and catalog alone, sorted by key. */
export function tierLabels(resolved: ResolvedTier, catalog: CatalogSpec, folder: string): Labels {
  const labels: Labels = {
    'org.armorred.base': 'scratch',
    'org.armorred.tier': resolved.tier,
    'org.opencontainers.image.title': resolved.name,
    'org.opencontainers.image.description': `${resolved.description} (${resolved.tier} tier)`,
    'org.opencontainers.image.version': resolved.version,
    'org.opencontainers.image.licenses': resolved.licenses,
    'org.opencontainers.image.vendor': catalog.vendor,
    'org.opencontainers.image.source': `${catalog.repository.replace(/\/+$/, '')}/tree/main/images/${folder}`,
  };
  if (resolved.homepage) labels['org.opencontainers.image.url'] = resolved.homepage;
  if (catalog.documentation) labels['org.opencontainers.image.documentation'] = `${catalog.documentation.replace(/\/+$/, '')}/${folder}/`;
  return sorted(labels);
}

/** The labels of one build: the tier's labels plus the build-time values that are known. */
export function buildLabels(labels: Labels, build: BuildInfo): Labels {
  const result: Labels = { ...labels };
  if (build.created) result[BUILD_TIME_LABELS.created] = build.created;
  if (build.revision) result[BUILD_TIME_LABELS.revision] = build.revision;
  if (build.packageSet) result[BUILD_TIME_LABELS.packageSet] = build.packageSet;
  return sorted(result);
}

/** The checked-in labels file of a tier (generated/labels.<tier>.json). */
export function renderLabelsFile(labels: Labels, origin: string): string {
  return `${JSON.stringify(
    {
      generated: `by armorred generate from ${origin}; do not edit`,
      labels,
      buildTimeLabels: Object.values(BUILD_TIME_LABELS).sort(),
    },
    null,
    2,
  )}\n`;
}
