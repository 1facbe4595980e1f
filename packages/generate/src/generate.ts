// Rendering the whole set of generated files for a catalog (or some of its images).
import { forEachImage } from '@armorred/catalog';
import type { SpecIssue } from '@armorred/spec';
import { imagePaths } from '@armorred/repository';
import { findDrift, type Drift } from './disk.js';
import { catalogFiles, type GeneratedFile } from './files.js';
import { renderImage, type RenderedImage } from './render-image.js';

export interface Rendering {
  catalogIssues: SpecIssue[];
  images: RenderedImage[];
  /** Every generated file (catalog-wide and of the selected images), sorted by path. */
  files: GeneratedFile[];
  /** Directories the generator owns for the selected images. */
  ownedDirs: string[];
  ok: boolean;
}

/** Validates and renders; nothing is written. `selected` empty means every image. */
export function renderCatalog(root: string, selected: readonly string[] = []): Rendering {
  const run = forEachImage(root, selected, (catalog, image, cache) => renderImage(root, catalog, image, cache));
  const images = run.results;
  const files = run.catalog ? [...catalogFiles(run.catalog), ...images.flatMap((image) => image.files)].sort((a, b) => (a.path < b.path ? -1 : 1)) : [];
  return {
    catalogIssues: run.catalogIssues,
    images,
    files,
    ownedDirs: run.names.map((image) => imagePaths(image).generated),
    ok: run.catalog !== undefined && run.catalogIssues.length === 0 && images.every((image) => image.issues.length === 0),
  };
}

export interface CatalogCheck {
  catalogIssues: SpecIssue[];
  /** Each selected image and its spec problems. */
  images: { image: string; file: string; issues: SpecIssue[] }[];
  /** How many generated files there are (catalog-wide and of the selected images). */
  files: number;
  /** Stale, missing and extra files, sorted by path; meaningful only when ok. */
  drift: Drift[];
  ok: boolean;
}

/**
 * What `armorred check` reports: renderCatalog, then findDrift, but each image's files are
 * compared with the disk as soon as they are rendered and then let go, so a large
 * catalog's generated files are never all in memory at once. `more`: catalog-wide files
 * made elsewhere (the CLI's command reference), compared with the catalog's own.
 */
export function checkCatalog(root: string, selected: readonly string[] = [], more: readonly GeneratedFile[] = []): CatalogCheck {
  const drift: Drift[] = [];
  let files = 0;
  const run = forEachImage(root, selected, (catalog, image, cache) => {
    const rendered = renderImage(root, catalog, image, cache);
    if (rendered.issues.length === 0) {
      files += rendered.files.length;
      drift.push(...findDrift(root, rendered.files, [imagePaths(image).generated]));
    }
    return { image, file: rendered.file, issues: rendered.issues };
  });
  const images = run.results;
  const ok = run.catalog !== undefined && run.catalogIssues.length === 0 && images.every((image) => image.issues.length === 0);
  if (ok) {
    const shared = [...catalogFiles(run.catalog!), ...more];
    files += shared.length;
    drift.push(...findDrift(root, shared, []));
  }
  return { catalogIssues: run.catalogIssues, images, files, drift: ok ? drift.sort((a, b) => (a.path < b.path ? -1 : 1)) : [], ok };
}
