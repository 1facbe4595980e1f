// Rendering the whole set of generated files for a catalog (or some of its images).
import { checkImageList, listImageFolders, openParseCache, readCatalog, type LoadedCatalog } from '@armorred/catalog';
import { SpecError, type SpecIssue } from '@armorred/spec';
import { catalogFiles, generatedDir, type GeneratedFile } from './files.js';
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
  let catalog: LoadedCatalog;
  try {
    catalog = readCatalog(root);
  } catch (error) {
    if (error instanceof SpecError) return { catalogIssues: error.issues, images: [], files: [], ownedDirs: [], ok: false };
    throw error;
  }
  const folders = listImageFolders(root);
  const catalogIssues = checkImageList(catalog, folders);
  const names = selected.length > 0 ? [...selected] : folders;
  const cache = openParseCache();
  const images = names.map((image) => renderImage(root, catalog, image, cache));
  cache?.save();
  const files = [...catalogFiles(catalog), ...images.flatMap((image) => image.files)].sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    catalogIssues,
    images,
    files,
    ownedDirs: names.map(generatedDir),
    ok: catalogIssues.length === 0 && images.every((image) => image.issues.length === 0),
  };
}
