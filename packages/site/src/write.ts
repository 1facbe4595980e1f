// The build-time step of the site: reads the catalog and writes the generated pages, the
// data of the index and home page, and the served SBOM/VEX files into docs/generated
// (gitignored), then VitePress builds the site from docs/. Generated files are real files
// because VitePress's local search indexes only pages that exist on disk (its dynamic
// routes are left out of the index). A file whose content has not changed is not
// rewritten, so `docs:dev` reloads only what changed; files of images no longer listed
// are removed.
import { forEachImage } from '@armorred/catalog';
import { ArmorredError, EXIT } from '@armorred/errors';
import {
  IMAGE_SCHEMA_FILE,
  RefusedFileError,
  SITE_GENERATED_DIR,
  ensureFolder,
  entryAt,
  listFolder,
  readIfPresent,
  removeRepositoryFile,
  writeRepositoryFiles,
  type FileToWrite,
} from '@armorred/repository';
import { SpecError, formatIssue, imageSchema, type SpecIssue } from '@armorred/spec';
import { catalogIndex, homeData, renderComparisonPage } from './catalog-pages.js';
import { renderImagePage } from './image-page.js';
import { siteBase, type SiteCatalog, type SiteImage } from './model.js';
import { readSiteImage } from './read.js';
import type { ReleaseRecord } from './releases.js';
import { renderSpecReference, type SchemaNode } from './spec-reference.js';

/** Where each generated thing goes, relative to docs/generated. */
export const GENERATED = {
  imagePage: (folder: string) => `images/${folder}.md`,
  comparison: 'comparison.md',
  reference: 'reference.md',
  catalogIndex: 'data/catalog-index.json',
  home: 'data/home.json',
  /** Served files (Vite's public folder for the site): <folder>/<tier>.cdx.json, ... */
  public: 'public',
} as const;

/** Where VitePress serves a generated page: generated/images/nginx-1.26.md -> nginx-1.26/index.md. */
export function rewritePage(page: string): string | undefined {
  const image = /^generated\/images\/([^/]+)\.md$/.exec(page);
  if (image) return `${image[1]}/index.md`;
  if (page === `generated/${GENERATED.comparison}` || page === `generated/${GENERATED.reference}`) return page.slice('generated/'.length);
  return undefined;
}

/**
 * What the local search indexes of a generated image page: its title, description, the
 * lede and the section headings. The tables, commands, digests and labels would make
 * the index large and every query noisy, and highlighting their code again for the index
 * is most of what indexing costs.
 */
export function searchablePart(page: string): string {
  const [, frontmatter = '', body = page] = /^(---\n[\s\S]*?\n---\n)?([\s\S]*)$/.exec(page) ?? [];
  const kept = body.split('\n').filter((line) => /^#{1,6} /.test(line) || line.startsWith('<div class="image-lede"'));
  return `${frontmatter}${kept.join('\n\n')}\n`;
}

export interface SiteSources {
  base: string;
  /** catalog.yaml's documentation URL (where the site is published) and repository URL. */
  documentation?: string;
  repository: string;
  /** Image folders with their page titles, in catalog order (for the sidebar). */
  images: { folder: string; title: string }[];
  /** Files written (changed) and removed (stale) by this run. */
  written: number;
  removed: number;
}

export class SiteError extends ArmorredError {
  constructor(issues: readonly string[]) {
    super(`the site cannot be built:\n${issues.join('\n')}`, EXIT.INVALID);
  }
}

/** Every file under a generated folder, relative to it. */
function existingFiles(root: string, folder: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const name of listFolder(root, prefix ? `${folder}/${prefix}` : folder)) {
    const relative = prefix ? `${prefix}/${name}` : name;
    const kind = entryAt(root, `${folder}/${relative}`).kind;
    if (kind === 'directory') files.push(...existingFiles(root, folder, relative));
    else files.push(relative);
  }
  return files;
}

/** Writes what changed; returns how many files were written. */
function writeChanged(root: string, files: readonly FileToWrite[]): number {
  const changed = files.filter((file) => {
    const before = readIfPresent(root, file.path, { maxBytes: Number.MAX_SAFE_INTEGER });
    return before === undefined || !before.equals(typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content);
  });
  if (changed.length > 0) writeRepositoryFiles(root, changed);
  return changed.length;
}

export interface SiteOptions {
  /** Release records (from `armorred releases … --json`); undefined when none were given. */
  releases?: readonly ReleaseRecord[];
}

/** Reads the catalog and writes docs/generated; throws a SiteError listing every problem. */
export function writeSiteSources(root: string, options: SiteOptions = {}): SiteSources {
  const out = (path: string) => `${SITE_GENERATED_DIR}/${path}`;
  ensureFolder(root, SITE_GENERATED_DIR);
  const keep = new Set<string>();
  let written = 0;
  const problems: string[] = [];
  const releases = options.releases ?? [];
  const base = { value: '/' };

  const run = forEachImage(root, [], (catalog, folder, cache): SiteImage | undefined => {
    base.value = siteBase(catalog.spec.documentation);
    try {
      const { image, files } = readSiteImage(root, catalog, folder, releases, cache);
      const site: SiteCatalog = { catalog: catalog.spec, base: base.value, images: [image], releasesGiven: options.releases !== undefined };
      const batch: FileToWrite[] = [{ path: out(GENERATED.imagePage(folder)), content: renderImagePage(image, site) }];
      for (const [path, bytes] of files) batch.push({ path: out(`${GENERATED.public}/${path}`), content: bytes });
      for (const file of batch) keep.add(file.path);
      written += writeChanged(root, batch);
      return image;
    } catch (error) {
      if (error instanceof SpecError) problems.push(...error.issues.map(formatIssue));
      else if (error instanceof RefusedFileError || (error instanceof ArmorredError && error.exitCode === EXIT.INVALID)) problems.push(error.message);
      else throw error;
      return undefined;
    }
  });
  const issues: SpecIssue[] = run.catalogIssues;
  if (!run.catalog || issues.length > 0 || problems.length > 0) throw new SiteError([...issues.map(formatIssue), ...problems]);

  const site: SiteCatalog = {
    catalog: run.catalog.spec,
    base: siteBase(run.catalog.spec.documentation),
    images: run.results.filter((image): image is SiteImage => image !== undefined),
    releasesGiven: options.releases !== undefined,
  };
  const pages: FileToWrite[] = [
    { path: out(GENERATED.comparison), content: renderComparisonPage(site) },
    {
      path: out(GENERATED.reference),
      content: renderSpecReference(imageSchema as unknown as SchemaNode, { schemaFile: IMAGE_SCHEMA_FILE, sourceFile: 'packages/spec/src/schema.ts' }),
    },
    { path: out(GENERATED.catalogIndex), content: `${JSON.stringify(catalogIndex(site), null, 2)}\n` },
    { path: out(GENERATED.home), content: `${JSON.stringify(homeData(site), null, 2)}\n` },
  ];
  for (const file of pages) keep.add(file.path);
  written += writeChanged(root, pages);

  let removed = 0;
  for (const relative of existingFiles(root, SITE_GENERATED_DIR)) {
    if (keep.has(out(relative))) continue;
    removeRepositoryFile(root, out(relative));
    removed++;
  }
  return {
    base: site.base,
    ...(site.catalog.documentation ? { documentation: site.catalog.documentation } : {}),
    repository: site.catalog.repository,
    images: site.images.map((image) => ({ folder: image.folder, title: `${image.name} ${image.line}` })),
    written,
    removed,
  };
}
