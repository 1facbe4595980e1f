// Validating an image and rendering its generated files.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpecError, type ParseCache, type SpecIssue } from '@armorred/spec';
import { IMAGES_DIR, checkImage, sourceFileState, type LoadedCatalog } from '@armorred/catalog';
import { imageFiles, reportPath, type GeneratedFile } from './files.js';
import { ReportDataError, parseTierReport } from '@armorred/analysis';

export interface RenderedImage {
  image: string;
  file: string;
  issues: SpecIssue[];
  files: GeneratedFile[];
}

export function renderImage(root: string, catalog: LoadedCatalog, image: string, cache?: ParseCache): RenderedImage {
  const { file, issues, loaded } = checkImage(root, catalog, image, cache);
  if (!loaded) return { image, file, issues, files: [] };
  try {
    const folder = join(root, IMAGES_DIR, image);
    return {
      image,
      file,
      issues: [],
      files: imageFiles(catalog, image, loaded, {
        sourceFile: (path) => sourceFileState(folder, path),
        sourceDigest: (path) => createHash('sha256').update(readFileSync(join(folder, path))).digest('hex'),
        report: (tier) => {
          const file = reportPath(image, tier);
          return existsSync(join(root, file)) ? parseTierReport(file, readFileSync(join(root, file), 'utf8')) : undefined;
        },
      }),
    };
  } catch (error) {
    if (error instanceof SpecError) return { image, file, issues: error.issues, files: [] };
    if (error instanceof ReportDataError) return { image, file, issues: [{ file: error.file, line: 1, column: 1, key: '', message: error.message }], files: [] };
    throw error;
  }
}
