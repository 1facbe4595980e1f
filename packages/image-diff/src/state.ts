// One side of a comparison: what a catalog checkout says about each image, read from disk
// through @armorred/repository (no symlinks, sizes bounded). The working tree is one side;
// a git revision extracted into a scratch folder (git.ts) is the other.
import { createHash } from 'node:crypto';
import { readTierReport, ReportDataError, type TierReport } from '@armorred/analysis';
import { MAX_CONFIG_SOURCE_BYTES, checkImage, forEachImage, type CatalogSpec } from '@armorred/catalog';
import { tierLabels, type Labels } from '@armorred/labels';
import { RefusedFileError, imagePaths, readIfPresent } from '@armorred/repository';
import { TIER_NAMES, formatIssue, resolveTier, type ResolvedTier, type TierName } from '@armorred/spec';

export interface TierState {
  resolved: ResolvedTier;
  /** The tier's OCI labels (what generate writes to generated/labels.<tier>.json). */
  labels: Labels;
  /** sha256 of each shipped config file's source, by its path in the image folder. */
  configDigests: Record<string, string>;
  /** The checked-in measurements (images/<image>/analysis/<tier>.json), when there are any. */
  analysis?: TierReport;
  /** Why the measurements could not be read. */
  analysisProblem?: string;
}

export interface ImageState {
  image: string;
  /** Both tiers, when the spec could be read. */
  tiers?: Record<TierName, TierState>;
  /** Why the spec could not be read (located issues), when it could not. */
  problems?: string[];
}

export interface CatalogState {
  /** catalog.yaml, when it could be read. */
  catalog?: CatalogSpec;
  problems: string[];
  /** Every image catalog.yaml lists that has a folder, by folder name. */
  images: Record<string, ImageState>;
}

function digestOf(root: string, image: string, source: string): string {
  const bytes = readIfPresent(root, imagePaths(image).source(source), { maxBytes: MAX_CONFIG_SOURCE_BYTES, what: 'a config file', singleLink: true });
  return bytes === undefined ? 'missing' : createHash('sha256').update(bytes).digest('hex');
}

function analysisOf(root: string, image: string, tier: TierName): Pick<TierState, 'analysis' | 'analysisProblem'> {
  try {
    const analysis = readTierReport(root, image, tier);
    return analysis === undefined ? {} : { analysis };
  } catch (error) {
    if (error instanceof RefusedFileError || error instanceof ReportDataError) return { analysisProblem: error.message };
    throw error;
  }
}

/** Reads what the catalog checkout at `root` says about every image it lists. */
export function readCatalogState(root: string): CatalogState {
  const run = forEachImage(root, [], (catalog, image, cache): ImageState => {
    const result = checkImage(root, catalog, image, cache);
    if (!result.loaded) return { image, problems: result.issues.map(formatIssue) };
    const { spec } = result.loaded;
    const tiers = {} as Record<TierName, TierState>;
    for (const tier of TIER_NAMES) {
      const resolved = resolveTier(spec, tier, catalog.spec.defaults);
      let configDigests: Record<string, string>;
      try {
        configDigests = Object.fromEntries(resolved.runtime.configFiles.map(({ source }) => [source, digestOf(root, image, source)]));
      } catch (error) {
        if (error instanceof RefusedFileError) return { image, problems: [error.message] };
        throw error;
      }
      tiers[tier] = { resolved, labels: tierLabels(resolved, catalog.spec, image), configDigests, ...analysisOf(root, image, tier) };
    }
    return { image, tiers };
  });
  return {
    ...(run.catalog ? { catalog: run.catalog.spec } : {}),
    // Only problems that stop the catalog from being read; validate reports the rest.
    problems: run.catalog ? [] : run.catalogIssues.map(formatIssue),
    images: Object.fromEntries(run.results.map((state) => [state.image, state])),
  };
}
