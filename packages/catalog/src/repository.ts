// The I/O edge: reading catalog.yaml and image folders from disk (through
// @armorred/repository: no symlinks, sizes bounded, content never echoed), then running
// the pure checks. Only the images catalog.yaml lists are read; a folder that is not
// listed is reported, never parsed.
import {
  MAX_FILE_BYTES,
  SpecError,
  compareIssues,
  loadImageSpec,
  type LoadedSpec,
  type ParseCache,
  type SourceFileState,
  type SpecCheckContext,
  type SpecIssue,
} from '@armorred/spec';
import {
  CATALOG_FILE,
  IMAGES_DIR,
  RefusedFileError,
  SPEC_FILE,
  entryAt,
  imagePaths,
  listFolder,
  readIfPresent,
  readRepositoryFile,
} from '@armorred/repository';
import { openParseCache } from './parse-cache-store.js';
import { checkImageAgainstCatalog, checkImageList, parseCatalog, type LoadedCatalog } from './catalog.js';

/** Config files an image ships are small text files; a larger one is a mistake or an attack. */
export const MAX_CONFIG_SOURCE_BYTES = 16 * 1024 * 1024;

/** A refused file as a located issue (the file's first line: its content is never shown). */
export function refusedFileIssue(error: RefusedFileError): SpecIssue {
  return { file: error.file, line: 1, column: 1, key: '', message: error.reason };
}

/** Runs `read`, turning a refused file into a SpecError with a located issue. */
function located<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RefusedFileError) throw new SpecError([refusedFileIssue(error)]);
    throw error;
  }
}

export interface ImageFolders {
  /** Real folders under images/ holding an image.yaml that is a regular file. */
  folders: string[];
  /** Entries under images/ that cannot be image folders (symlinks, files, a symlinked image.yaml). */
  refused: SpecIssue[];
}

/** Image folders on disk, without reading any spec. */
export function scanImageFolders(root: string): ImageFolders {
  const folders: string[] = [];
  const refused: SpecIssue[] = [];
  const refuse = (file: string, message: string) => refused.push({ file, line: 1, column: 1, key: '', message });
  for (const name of listFolder(root, IMAGES_DIR)) {
    const dir = `${IMAGES_DIR}/${name}`;
    const entry = entryAt(root, dir);
    if (entry.kind === 'symlink') refuse(dir, 'is a symlink; image folders must be real folders (git can carry symlinks: replace it with the folder)');
    if (entry.kind !== 'directory') continue;
    const spec = entryAt(root, `${dir}/${SPEC_FILE}`);
    if (spec.kind === 'file') folders.push(name);
    else if (spec.kind !== 'missing')
      refuse(
        `${dir}/${SPEC_FILE}`,
        `is a ${spec.kind === 'symlink' ? 'symlink' : spec.kind === 'directory' ? 'folder' : 'special file'}, not a regular file; it is not read`,
      );
  }
  return { folders, refused };
}

/** Image folders on disk: real directories under images/ holding a regular image.yaml. */
export function listImageFolders(root: string): string[] {
  return scanImageFolders(root).folders;
}

/**
 * What `relativePath` is inside an image folder, for a config file's source. Symlinks and
 * hard links are refused (Nix would ship the link, or a file from elsewhere), as are
 * special files and files over the size limit; nothing is followed or read.
 */
export function sourceFileState(root: string, image: string, relativePath: string): SourceFileState {
  let entry;
  try {
    entry = entryAt(root, imagePaths(image).source(relativePath));
  } catch (error) {
    // A symlinked folder on the way to the file.
    if (error instanceof RefusedFileError) return 'symlink';
    throw error;
  }
  if (entry.kind === 'missing') return 'missing';
  if (entry.kind === 'symlink') return 'symlink';
  if (entry.kind !== 'file') return 'not-a-file';
  if (entry.links > 1) return 'hardlink';
  if (entry.size > MAX_CONFIG_SOURCE_BYTES) return 'too-large';
  return 'file';
}

/**
 * sourceFileState for one image, each path looked at once: both tiers (and the generators)
 * ask about the same config files.
 */
export function imageSourceFiles(root: string, image: string): (relativePath: string) => SourceFileState {
  const states = new Map<string, SourceFileState>();
  return (relativePath) => {
    let state = states.get(relativePath);
    if (state === undefined) {
      state = sourceFileState(root, image, relativePath);
      states.set(relativePath, state);
    }
    return state;
  };
}

const SPEC_READ = { maxBytes: MAX_FILE_BYTES, what: 'a spec' };

export function readCatalog(root: string): LoadedCatalog {
  const bytes = located(() => readRepositoryFile(root, CATALOG_FILE, { maxBytes: MAX_FILE_BYTES, what: 'catalog.yaml' }));
  return parseCatalog(CATALOG_FILE, bytes);
}

export function readImage(root: string, catalog: LoadedCatalog, image: string, cache?: ParseCache): LoadedSpec {
  const bytes = located(() => readRepositoryFile(root, imagePaths(image).spec, SPEC_READ));
  return loadImage(root, catalog, image, bytes, cache);
}

/** Checks a spec's bytes: the spec itself, then against the catalog; throws SpecError. */
function loadImage(
  root: string,
  catalog: LoadedCatalog,
  image: string,
  bytes: Buffer,
  cache?: ParseCache,
  sourceFile: SpecCheckContext['sourceFile'] = imageSourceFiles(root, image),
): LoadedSpec {
  const loaded = loadImageSpec(imagePaths(image).spec, bytes, { defaults: catalog.spec.defaults, sourceFile }, cache);
  const issues = checkImageAgainstCatalog(catalog, image, loaded);
  if (issues.length > 0) throw new SpecError(issues);
  return loaded;
}

export interface ImageResult {
  image: string;
  file: string;
  issues: SpecIssue[];
  loaded?: LoadedSpec;
  /** A valid spec's upstream version (validateRepository keeps it: the release checks compare package.json with it). */
  version?: string;
}

export interface RepositoryReport {
  catalogIssues: SpecIssue[];
  images: ImageResult[];
  ok: boolean;
}

function issuesOf(error: unknown): SpecIssue[] {
  if (error instanceof SpecError) return error.issues;
  if (error instanceof RefusedFileError) return [refusedFileIssue(error)];
  throw error;
}

/**
 * Reads and checks one image; a spec problem becomes issues, anything else is thrown.
 * `sourceFile`: what the image folder holds (default: imageSourceFiles), for callers that
 * ask about the same config files afterwards.
 */
export function checkImage(root: string, catalog: LoadedCatalog, image: string, cache?: ParseCache, sourceFile?: SpecCheckContext['sourceFile']): ImageResult {
  const file = imagePaths(image).spec;
  try {
    const bytes = readIfPresent(root, file, SPEC_READ);
    if (bytes === undefined) return { image, file, issues: [{ file, line: 1, column: 1, key: '', message: `no image "${image}": ${file} does not exist` }] };
    return { image, file, issues: [], loaded: loadImage(root, catalog, image, bytes, cache, sourceFile) };
  } catch (error) {
    return { image, file, issues: issuesOf(error).sort(compareIssues) };
  }
}

export interface CatalogRun<T> {
  /** Undefined when catalog.yaml itself cannot be read. */
  catalog?: LoadedCatalog;
  catalogIssues: SpecIssue[];
  /** The selected images (every listed image when none was selected). */
  names: string[];
  results: T[];
}

/**
 * Reads the catalog, checks its image list against the folders on disk, and runs `task`
 * on the selected images (every image catalog.yaml lists when `selected` is empty; an
 * unlisted folder is reported and never read), sharing one parse cache: the one loop
 * behind validate, generate and check.
 */
export function forEachImage<T>(
  root: string,
  selected: readonly string[],
  task: (catalog: LoadedCatalog, image: string, cache?: ParseCache) => T,
): CatalogRun<T> {
  let catalog: LoadedCatalog;
  let disk: ImageFolders;
  try {
    catalog = readCatalog(root);
    disk = scanImageFolders(root);
  } catch (error) {
    return { catalogIssues: issuesOf(error), names: [], results: [] };
  }
  const onDisk = new Set(disk.folders);
  const listed = [...new Set(catalog.spec.images)].filter((image) => onDisk.has(image));
  const names = selected.length > 0 ? [...selected] : listed;
  const cache = openParseCache();
  const results = names.map((image) => task(catalog, image, cache));
  cache?.save();
  return { catalog, catalogIssues: [...disk.refused, ...checkImageList(catalog, disk.folders)].sort(compareIssues), names, results };
}

/** Validates the catalog and the selected images (all listed images when `selected` is empty). */
export function validateRepository(root: string, selected: readonly string[] = []): RepositoryReport {
  // Only the verdicts are kept: a catalog's parsed specs need not outlive their check.
  const run = forEachImage(root, selected, (catalog, image, cache) => {
    const { file, issues, loaded } = checkImage(root, catalog, image, cache);
    return loaded ? { image, file, issues, version: loaded.spec.version } : { image, file, issues };
  });
  const images = run.results;
  return {
    catalogIssues: run.catalogIssues,
    images,
    ok: run.catalog !== undefined && run.catalogIssues.length === 0 && images.every((image) => image.issues.length === 0),
  };
}
