// The generated files of the catalog and how they are derived. Pure: parsed specs in,
// file contents out. Files are named relative to the catalog root.
import { catalogSchema, type LoadedCatalog } from '@armorred/catalog';
import {
  ANALYSIS_SCHEMA_FILE,
  ANALYSIS_VALIDATOR_MODULE,
  CATALOG_ENTRY_POINT,
  CATALOG_SCHEMA_FILE,
  CATALOG_VALIDATOR_MODULE,
  IMAGE_SCHEMA_FILE,
  IMAGE_VALIDATOR_MODULE,
  imagePaths,
} from '@armorred/repository';
import {
  imageSchema,
  renderSchemaFile,
  renderValidatorDeclarations,
  renderValidatorModule,
  resolveTier,
  tierSourcePath,
  TIER_NAMES,
  type TierName,
  SpecError,
  type LoadedSpec,
  type SpecCheckContext,
} from '@armorred/spec';
import { renderLabelsFile, tierLabels } from '@armorred/labels';
import { CompileError, renderCatalogEntry, renderTierData, renderTierEntry, tierData } from '@armorred/nix';
import { renderTestSuite } from '@armorred/testgen';
import { imageProductPurl, renderAnalysisPage, renderCycloneDx, renderOpenVex, renderSpdx, tierReportSchema, type TierReport } from '@armorred/analysis';

export interface GeneratedFile {
  /** Path relative to the catalog root, with forward slashes. */
  path: string;
  content: string;
}

/** A schema's precompiled validator: the module and its declarations. */
function validatorFiles(path: string, schema: object, sourceModule: string): GeneratedFile[] {
  return [
    { path, content: renderValidatorModule(schema, sourceModule) },
    { path: path.replace(/\.js$/, '.d.ts'), content: renderValidatorDeclarations(sourceModule) },
  ];
}

/** Catalog-wide generated files: the Nix entry point, the schema files and the schemas' precompiled validators. */
export function catalogFiles(catalog: LoadedCatalog): GeneratedFile[] {
  return [
    { path: CATALOG_ENTRY_POINT, content: renderCatalogEntry(catalog.spec.images.map((folder) => ({ folder, tiers: TIER_NAMES }))) },
    { path: IMAGE_SCHEMA_FILE, content: renderSchemaFile(imageSchema, 'packages/spec/src/schema.ts') },
    { path: CATALOG_SCHEMA_FILE, content: renderSchemaFile(catalogSchema, 'packages/catalog/src/schema.ts') },
    { path: ANALYSIS_SCHEMA_FILE, content: renderSchemaFile(tierReportSchema, 'packages/analysis/src/report-schema.ts') },
    ...validatorFiles(IMAGE_VALIDATOR_MODULE, imageSchema, 'packages/spec/src/schema.ts'),
    ...validatorFiles(CATALOG_VALIDATOR_MODULE, catalogSchema, 'packages/catalog/src/schema.ts'),
    ...validatorFiles(ANALYSIS_VALIDATOR_MODULE, tierReportSchema, 'packages/analysis/src/report-schema.ts'),
  ];
}

/** What the generators may know of an image folder's own files. */
export interface ImageFolder {
  sourceFile: SpecCheckContext['sourceFile'];
  /** sha256 (hex) of a file in the folder. */
  sourceDigest(relativePath: string): string;
  /** The checked-in analysis of a tier (analysis/<tier>.json), if there is one. */
  report(tier: TierName): TierReport | undefined;
}

/**
 * The generated files of one image: per tier the data nix/image.nix builds it from and its
 * Nix entry point, the labels and the test suite; from the checked-in analysis (when there is one) the SBOMs and the OpenVEX
 * document; and the analysis page.
 */
export function imageFiles(catalog: LoadedCatalog, folder: string, image: LoadedSpec, imageFolder: ImageFolder): GeneratedFile[] {
  const { sourceFile } = imageFolder;
  const files: GeneratedFile[] = [];
  const paths = imagePaths(folder);
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
      files.push({ path: paths.cycloneDx(tier), content: renderCycloneDx(subject) });
      files.push({ path: paths.spdx(tier), content: renderSpdx(subject) });
      files.push({
        path: paths.openVex(tier),
        content: renderOpenVex({
          product: imageProductPurl(repository, tag),
          author: catalog.spec.vendor,
          timestamp: report.analyzedAt,
          findings: resolved.acceptedFindings,
        }),
      });
    }
    try {
      // The tier as data, and the few lines of Nix that give it to nix/image.nix.
      files.push({ path: paths.tierData(tier), content: renderTierData(tierData({ resolved, catalog: catalog.spec, folder, labels, sourceFile })) });
      files.push({ path: paths.tierNix(tier), content: renderTierEntry(folder, tier) });
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      throw new SpecError(
        error.problems.map((problem) => image.source.issue(tierSourcePath(image.spec, tier, problem.path), `${problem.message} (tier ${tier})`, problem.at)),
      );
    }
    files.push({ path: paths.labels(tier), content: renderLabelsFile(labels, `${paths.spec} (tier ${tier})`) });
    files.push({ path: paths.suite(tier), content: renderTestSuite({ resolved, folder, labels, sourceDigest: imageFolder.sourceDigest }) });
  }
  files.push({
    path: paths.analysisPage,
    content: renderAnalysisPage({ folder, upstream: image.spec.upstream, hardened: pageTiers.hardened!, locked: pageTiers.locked! }),
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
