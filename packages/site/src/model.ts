// What the site knows of the catalog: everything a page shows, read once from the
// checked-in data (see read.ts) and rendered by pure functions.
import type { Figures, TierReport } from '@armorred/analysis';
import type { CatalogSpec } from '@armorred/catalog';
import type { Labels } from '@armorred/labels';
import type { ResolvedTier, TierName, Upstream } from '@armorred/spec';
import type { ReleaseRecord } from './releases.js';

export type DownloadKind = 'cyclonedx' | 'spdx' | 'openvex';

/** A generated SBOM or VEX document the site serves. */
export interface SiteDownload {
  kind: DownloadKind;
  /** Where it is in the repository, e.g. images/nginx-1.26/generated/hardened.cdx.json */
  source: string;
  /** Where the site serves it, relative to the base, e.g. nginx-1.26/hardened.cdx.json */
  path: string;
  /** sha256 of the served bytes (hex). */
  sha256: string;
  bytes: number;
}

export interface SiteTier {
  name: TierName;
  /** The tier's meaning, from catalog.yaml. */
  policy: string;
  resolved: ResolvedTier;
  labels: Labels;
  /** e.g. ghcr.io/armorred/nginx */
  repository: string;
  /** e.g. 1.26-hardened */
  tag: string;
  report?: TierReport;
  /** From the analysis data (reportFigures: the rule the analysis page uses). */
  figures: Figures;
  downloads: SiteDownload[];
  /** The latest release record, when release data was given. */
  release?: ReleaseRecord;
}

export interface SiteImage {
  /** Folder name, e.g. nginx-1.26: the page is <base><folder>/. */
  folder: string;
  name: string;
  line: string;
  version: string;
  description: string;
  homepage?: string;
  source?: string;
  licenses: string;
  upstream?: Upstream;
  tiers: SiteTier[];
  /** images/<folder>/CHANGELOG.md, when there is one. */
  changelog?: string;
}

export interface SiteCatalog {
  catalog: CatalogSpec;
  /** The site's base path, e.g. /images/ (from catalog.yaml's documentation URL). */
  base: string;
  images: SiteImage[];
  /** Whether release data was given (else every tier is "not yet published"). */
  releasesGiven: boolean;
}

/** The site's base path from the documentation URL: https://armorred.github.io/images -> /images/. */
export function siteBase(documentation: string | undefined): string {
  if (!documentation) return '/';
  const path = new URL(documentation).pathname.replace(/\/+$/, '');
  return `${path}/`;
}

/** The page of an image, relative to the base: nginx-1.26/ (what the documentation label points at). */
export function imagePagePath(folder: string): string {
  return `${folder}/`;
}
