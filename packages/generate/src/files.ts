// The generated files of the catalog and how they are derived. Pure: parsed specs in,
// file contents out. Files are named relative to the catalog root.
import { catalogSchema, type LoadedCatalog } from '@armorred/catalog';
import { imageSchema, renderSchemaFile, resolveTier, tierSourcePath, TIER_NAMES, SpecError, type LoadedSpec, type SpecCheckContext } from '@armorred/spec';
import { renderLabelsFile, tierLabels } from '@armorred/labels';
import { CompileError, compileTier, renderCatalogEntry } from '@armorred/nix';
import { renderTestSuite } from '@armorred/testgen';
import { imageProductPurl, renderAnalysisPage, renderCycloneDx, renderOpenVex, renderSpdx, type TierReport } from '@armorred/analysis';

export interface GeneratedFile {
  /** Path relative to the catalog root, with forward slashes. */
  path: string;
  content: string;
}

/** The folder of an image that belongs to the generator: everything in it is generated. */
export function generatedDir(folder: string): string {
  return `images/${folder}/generated`;
}

/** Catalog-wide generated files: the Nix entry point and the editor schema files. */
export function catalogFiles(catalog: LoadedCatalog): GeneratedFile[] {
  return [
    { path: 'default.nix', content: renderCatalogEntry(catalog.spec.images.map((folder) => ({ folder, tiers: TIER_NAMES }))) },
    { path: 'packages/spec/image.schema.json', content: renderSchemaFile(imageSchema, 'packages/spec/src/schema.ts') },
    { path: 'packages/catalog/catalog.schema.json', content: renderSchemaFile(catalogSchema, 'packages/catalog/src/schema.ts') },
  ];
}

/** What the generators may know of an image folder's own files. */
export interface ImageFolder {
  sourceFile: SpecCheckContext['sourceFile'];
  /** sha256 (hex) of a file in the folder. */
  sourceDigest(relativePath: string): string;
  /** The checked-in analysis of a tier (analysis/<tier>.json), if there is one. */
  report(tier: string): TierReport | undefined;
}

/** Where `armorred analyze` writes a tier's measured data (checked in, not generated). */
export function reportPath(folder: string, tier: string): string {
  return `images/${folder}/analysis/${tier}.json`;
}

export function analysisPagePath(folder: string): string {
  return `images/${folder}/ANALYSIS.md`;
}

/**
 * The generated files of one image: per tier the Nix expression, the labels and the test
 * suite; from the checked-in analysis (when there is one) the SBOMs and the OpenVEX
 * document; and the analysis page.
 */
export function imageFiles(catalog: LoadedCatalog, folder: string, image: LoadedSpec, imageFolder: ImageFolder): GeneratedFile[] {
  const { sourceFile } = imageFolder;
  const files: GeneratedFile[] = [];
  const dir = generatedDir(folder);
  const pageTiers: Record<string, Parameters<typeof renderAnalysisPage>[0]['hardened']> = {};
  for (const tier of TIER_NAMES) {
    const resolved = resolveTier(image.spec, tier, catalog.spec.defaults);
    const labels = tierLabels(resolved, catalog.spec, folder);
    const repository = `${catalog.spec.registry}/${resolved.name}`;
    const tag = `${resolved.line}-${tier}`;
    const report = imageFolder.report(tier);
    pageTiers[tier] = { resolved, labels, reference: `${repository}:${tag}`, ...(report ? { report } : {}) };
    if (report) {
      const subject = {
        repository,
        tag,
        version: resolved.version,
        configDigest: report.build.configDigest,
        vendor: catalog.spec.vendor,
        created: report.analyzedAt,
        tool: { name: 'armorred', version: report.inventory.tool.split(' ').pop() ?? 'unknown' },
        components: report.inventory.components,
      };
      files.push({ path: `${dir}/${tier}.cdx.json`, content: renderCycloneDx(subject) });
      files.push({ path: `${dir}/${tier}.spdx.json`, content: renderSpdx(subject) });
      files.push({
        path: `${dir}/${tier}.openvex.json`,
        content: renderOpenVex({ product: imageProductPurl(repository, tag), author: catalog.spec.vendor, timestamp: report.analyzedAt, findings: resolved.acceptedFindings }),
      });
    }
    try {
      const { text } = compileTier({ resolved, catalog: catalog.spec, folder, labels, sourceFile });
      files.push({ path: `${dir}/${tier}.nix`, content: text });
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      throw new SpecError(
        error.problems.map((problem) => image.source.issue(tierSourcePath(image.spec, tier, problem.path), `${problem.message} (tier ${tier})`, problem.at)),
      );
    }
    files.push({ path: `${dir}/labels.${tier}.json`, content: renderLabelsFile(labels, `images/${folder}/image.yaml (tier ${tier})`) });
    files.push({ path: `${dir}/${tier}.test.ts`, content: renderTestSuite({ resolved, folder, labels, sourceDigest: imageFolder.sourceDigest }) });
  }
  files.push({
    path: analysisPagePath(folder),
    content: renderAnalysisPage({ folder, upstream: image.spec.upstream, hardened: pageTiers.hardened!, locked: pageTiers.locked! }),
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
