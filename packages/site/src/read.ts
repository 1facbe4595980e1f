// The I/O edge: reading what the site shows from the repository, only through the catalog
// loaders and @armorred/repository (no symlinks, sizes bounded, content never echoed).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readTierReport } from '@armorred/analysis';
import { readImage, type LoadedCatalog } from '@armorred/catalog';
import { tierLabels } from '@armorred/labels';
import { reportFigures } from '@armorred/analysis';
import { imagePaths, readIfPresent } from '@armorred/repository';
import { TIER_NAMES, resolveTier, type ParseCache } from '@armorred/spec';
import type { DownloadKind, SiteDownload, SiteImage, SiteTier } from './model.js';
import { latestRelease, MAX_RELEASES_BYTES, parseReleases, ReleasesError, type ReleaseRecord } from './releases.js';

/** Generated SBOMs grow with the image; the largest scanner reports are refused at this size too. */
export const MAX_DOWNLOAD_BYTES = 256 * 1024 * 1024;
/** A changelog is text people write; far below this. */
export const MAX_CHANGELOG_BYTES = 4 * 1024 * 1024;

/** The generated documents of a tier the site serves, and their file names there. */
function downloadSources(folder: string, tier: string): { kind: DownloadKind; source: string; name: string }[] {
  const paths = imagePaths(folder);
  return [
    { kind: 'cyclonedx', source: paths.cycloneDx(tier), name: `${tier}.cdx.json` },
    { kind: 'spdx', source: paths.spdx(tier), name: `${tier}.spdx.json` },
    { kind: 'openvex', source: paths.openVex(tier), name: `${tier}.openvex.json` },
  ];
}

export interface ReadImage {
  image: SiteImage;
  /** The bytes of each download, by its site path (written once, then dropped). */
  files: Map<string, Buffer>;
}

/** Everything the site shows of one image, and the bytes of the documents it serves. */
export function readSiteImage(root: string, catalog: LoadedCatalog, folder: string, releases: readonly ReleaseRecord[], cache?: ParseCache): ReadImage {
  const { spec } = readImage(root, catalog, folder, cache);
  const paths = imagePaths(folder);
  const files = new Map<string, Buffer>();
  const tiers: SiteTier[] = TIER_NAMES.map((name) => {
    const resolved = resolveTier(spec, name, catalog.spec.defaults);
    const report = readTierReport(root, folder, name);
    const downloads: SiteDownload[] = [];
    for (const { kind, source, name: fileName } of downloadSources(folder, name)) {
      const bytes = readIfPresent(root, source, { maxBytes: MAX_DOWNLOAD_BYTES, what: 'a generated document' });
      if (bytes === undefined) continue;
      const path = `${folder}/${fileName}`;
      files.set(path, bytes);
      downloads.push({ kind, source, path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    }
    const release = latestRelease(releases, folder, name);
    return {
      name,
      policy: catalog.spec.tiers[name].description,
      resolved,
      labels: tierLabels(resolved, catalog.spec, folder),
      repository: `${catalog.spec.registry}/${resolved.name}`,
      tag: `${resolved.line}-${name}`,
      ...(report ? { report } : {}),
      figures: reportFigures(report),
      downloads,
      ...(release ? { release } : {}),
    };
  });
  const changelog = readIfPresent(root, paths.changelog, { maxBytes: MAX_CHANGELOG_BYTES, what: 'a changelog' });
  return {
    image: {
      folder,
      name: spec.name,
      line: spec.line,
      version: spec.version,
      description: spec.description,
      ...(spec.homepage ? { homepage: spec.homepage } : {}),
      ...(spec.source ? { source: spec.source } : {}),
      licenses: spec.licenses,
      ...(spec.upstream ? { upstream: spec.upstream } : {}),
      tiers,
      ...(changelog ? { changelog: changelog.toString('utf8') } : {}),
    },
    files,
  };
}

/**
 * Reads a releases file (the output of `armorred releases … --json`, outside the
 * repository: it comes from the registry, not from a pull request).
 */
export function readReleasesFile(file: string): ReleaseRecord[] {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new ReleasesError(file, 'is not a regular file');
    size = stats.size;
  } catch (error) {
    if (error instanceof ReleasesError) throw error;
    throw new ReleasesError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > MAX_RELEASES_BYTES) throw new ReleasesError(file, `is ${size} bytes, over the ${MAX_RELEASES_BYTES}-byte limit`);
  return parseReleases(file, readFileSync(file, 'utf8'));
}
