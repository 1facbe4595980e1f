// The I/O edge: reading catalog.yaml and image folders from disk, then running the pure checks.
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { SpecError, compareIssues, loadImageSpec, type LoadedSpec, type ParseCache, type SourceFileState, type SpecIssue } from '@armorred/spec';
import { openParseCache } from './parse-cache-store.js';
import { checkImageAgainstCatalog, checkImageList, parseCatalog, type LoadedCatalog } from './catalog.js';

export const CATALOG_FILE = 'catalog.yaml';
export const IMAGES_DIR = 'images';
export const SPEC_FILE = 'image.yaml';

/** Image folders on disk: directories under images/ holding an image.yaml. */
export function listImageFolders(root: string): string[] {
  const dir = join(root, IMAGES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, SPEC_FILE)))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Whether `relativePath` names a regular file inside `folder`. Symlinks are refused (Nix
 * would copy the link, not the file); one that points outside the folder says so.
 */
export function sourceFileState(folder: string, relativePath: string): SourceFileState {
  const target = resolve(folder, relativePath);
  const link = lstatSync(target, { throwIfNoEntry: false });
  if (!link) return 'missing';
  const base = realpathSync.native(folder);
  if (link.isSymbolicLink()) {
    const real = existsSync(target) ? realpathSync.native(target) : undefined;
    return real === undefined || (real !== base && !real.startsWith(base + sep)) ? 'escapes' : 'symlink';
  }
  const real = realpathSync.native(target);
  if (real !== base && !real.startsWith(base + sep)) return 'escapes';
  return link.isFile() ? 'file' : 'not-a-file';
}

export function readCatalog(root: string): LoadedCatalog {
  // Issues name files relative to the catalog root, whatever the working directory.
  const file = join(root, CATALOG_FILE);
  const display = CATALOG_FILE;
  if (!existsSync(file)) {
    throw new SpecError([{ file: display, line: 1, column: 1, key: '', message: `no ${CATALOG_FILE} at the repository root; run from the catalog root` }]);
  }
  return parseCatalog(display, readFileSync(file));
}

export function readImage(root: string, catalog: LoadedCatalog, folder: string, cache?: ParseCache): LoadedSpec {
  const dir = join(root, IMAGES_DIR, folder);
  const file = join(dir, SPEC_FILE);
  const display = relative(root, file);
  const loaded = loadImageSpec(
    display,
    readFileSync(file),
    { defaults: catalog.spec.defaults, sourceFile: (path) => sourceFileState(dir, path) },
    cache,
  );
  const issues = checkImageAgainstCatalog(catalog, folder, loaded);
  if (issues.length > 0) throw new SpecError(issues);
  return loaded;
}

export interface ImageResult {
  image: string;
  file: string;
  issues: SpecIssue[];
  loaded?: LoadedSpec;
}

export interface RepositoryReport {
  catalogIssues: SpecIssue[];
  images: ImageResult[];
  ok: boolean;
}

function issuesOf(error: unknown): SpecIssue[] {
  if (error instanceof SpecError) return error.issues;
  throw error;
}

/** Reads and checks one image; a spec problem becomes issues, anything else is thrown. */
export function checkImage(root: string, catalog: LoadedCatalog, image: string, cache?: ParseCache): ImageResult {
  const file = join(IMAGES_DIR, image, SPEC_FILE);
  if (!existsSync(join(root, file))) {
    return { image, file, issues: [{ file, line: 1, column: 1, key: '', message: `no image "${image}": ${file} does not exist` }] };
  }
  try {
    return { image, file, issues: [], loaded: readImage(root, catalog, image, cache) };
  } catch (error) {
    return { image, file, issues: issuesOf(error).sort(compareIssues) };
  }
}

export interface CatalogRun<T> {
  /** Undefined when catalog.yaml itself cannot be read. */
  catalog?: LoadedCatalog;
  catalogIssues: SpecIssue[];
  /** The selected image folders (every image when none was selected). */
  names: string[];
  results: T[];
}

/**
 * Reads the catalog, checks its image list, and runs `task` on the selected images (all
 * when `selected` is empty), sharing one parse cache: the one loop behind validate,
 * generate and check.
 */
export function forEachImage<T>(root: string, selected: readonly string[], task: (catalog: LoadedCatalog, image: string, cache?: ParseCache) => T): CatalogRun<T> {
  let catalog: LoadedCatalog;
  try {
    catalog = readCatalog(root);
  } catch (error) {
    return { catalogIssues: issuesOf(error), names: [], results: [] };
  }
  const folders = listImageFolders(root);
  const names = selected.length > 0 ? [...selected] : folders;
  const cache = openParseCache();
  const results = names.map((image) => task(catalog, image, cache));
  cache?.save();
  return { catalog, catalogIssues: checkImageList(catalog, folders), names, results };
}

/** Validates the catalog and the selected images (all when `selected` is empty). */
export function validateRepository(root: string, selected: readonly string[] = []): RepositoryReport {
  const run = forEachImage(root, selected, (catalog, image, cache) => checkImage(root, catalog, image, cache));
  const images = run.results;
  return { catalogIssues: run.catalogIssues, images, ok: run.catalog !== undefined && run.catalogIssues.length === 0 && images.every((image) => image.issues.length === 0) };
}
