// Rendering the whole set of generated files for a catalog (or some of its images).
import { forEachImage } from '@armorred/catalog';
import type { SpecIssue } from '@armorred/spec';
import { imagePaths } from '@armorred/repository';
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
