// Validating an image and rendering its generated files.
import { createHash } from 'node:crypto';
import { MAX_CONFIG_SOURCE_BYTES, checkImage, imageSourceFiles, refusedFileIssue, type LoadedCatalog } from '@armorred/catalog';
import { readTierReport } from '@armorred/analysis';
import { RefusedFileError, imagePaths, readRepositoryFile } from '@armorred/repository';
import { SpecError, type ParseCache, type SpecIssue } from '@armorred/spec';
import { imageFiles, type GeneratedFile } from './files.js';

/** Measured data of a tier; real reports of large images stay far below this. */

export interface RenderedImage {
  image: string;
  file: string;
  issues: SpecIssue[];
  files: GeneratedFile[];
}

export function renderImage(root: string, catalog: LoadedCatalog, image: string, cache?: ParseCache): RenderedImage {
  // Validation and the generators ask about the same config files: each is looked at once.
  const sourceFile = imageSourceFiles(root, image);
  const { file, issues, loaded } = checkImage(root, catalog, image, cache, sourceFile);
  if (!loaded) return { image, file, issues, files: [] };
  const paths = imagePaths(image);
  // Both tiers ship the same config files: each is looked at and hashed once.
  const digests = new Map<string, string>();
  try {
    return {
      image,
      file,
      issues: [],
      files: imageFiles(catalog, image, loaded, {
        sourceFile,
        sourceDigest: (path) => {
          let digest = digests.get(path);
          if (digest === undefined) {
            digest = createHash('sha256')
              .update(readRepositoryFile(root, paths.source(path), { maxBytes: MAX_CONFIG_SOURCE_BYTES, what: 'a config file', singleLink: true }))
              .digest('hex');
            digests.set(path, digest);
          }
          return digest;
        },
        report: (tier) => readTierReport(root, image, tier),
      }),
    };
  } catch (error) {
    // A spec's issues, or the analysis data's (ReportDataError is a SpecError: every issue located).
    if (error instanceof SpecError) return { image, file, issues: error.issues, files: [] };
    if (error instanceof RefusedFileError) return { image, file, issues: [refusedFileIssue(error)], files: [] };
    throw error;
  }
}
