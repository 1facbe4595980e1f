import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INVENTORY_TOOL, inventoryOf, inventoryReport, parseTierReport, renderTierReport, type TierReport } from '@armorred/analysis';
import { PACKAGE_SET_LABELS, buildTier } from '@armorred/builder';
import { EXIT, InvalidInputError, UsageError } from '@armorred/errors';
import { renderCatalog, writeFiles } from '@armorred/generate';
import { readImage } from '@armorred/image-archive';
import { imagePaths, writeRepositoryFile } from '@armorred/repository';
import { readReport, runScanner, runSyft, type SbomSummary, type ScanSummary } from '@armorred/scanner-reports';
import { defineCommand } from '../cli.js';
import { TIER_OPTION, checkImageNames, parseTiers, parseTime } from '../options.js';
import { PKGS_OPTION, parsePackageSet } from '../package-set-option.js';
import { nextStep } from '../next-step.js';
import { printIssues } from '../report.js';

export const analyzeCommand = defineCommand({
  name: 'analyze',
  summary: 'Measure built tiers (inventory, SBOM, scans) and regenerate the analysis page, SBOMs and VEX.',
  arguments: 'IMAGE',
  argumentHelp: { IMAGE: 'an image folder name, e.g. nginx-1.26' },
  details: `For each tier: builds it when needed, reads the image archive (size, layers, config,
Nix store paths as components, shell, coreutils), counts components with syft and scans
with grype (or trivy) when they are installed, or uses the reports given with --sbom and
--scan, and says which. Writes the measured data to images/<image>/analysis/<tier>.json
(check it in), then regenerates from it images/<image>/ANALYSIS.md and
images/<image>/generated/<tier>.{cdx,spdx,openvex}.json.`,
  options: {
    tier: TIER_OPTION,
    archive: { type: 'string', value: 'PATH', description: 'analyze this docker-archive or OCI layout instead of building (one tier)' },
    sbom: { type: 'string', value: 'FILE', description: 'a syft JSON, SPDX or CycloneDX report of the image (one tier)' },
    scan: { type: 'string', value: 'FILE', description: 'a grype or trivy JSON report of the image (one tier)' },
    pkgs: PKGS_OPTION,
    at: { type: 'string', value: 'TIME', description: 'the analysis time to record (default: now)' },
    json: { type: 'boolean', description: 'print the written report data as JSON' },
  },
  exits: {
    [EXIT.OK]: 'analyzed',
    [EXIT.INVALID]: 'report or spec errors',
    [EXIT.USAGE]: 'usage errors',
    [EXIT.FAILED]: 'the build or a scanner failed',
  },
  async run({ values, positionals, root, io }) {
    if (positionals.length !== 1) throw new UsageError('name one image, e.g. armorred analyze nginx-1.26');
    const [image] = positionals as [string];
    checkImageNames([image], root);
    const tiers = parseTiers(values.tier);
    if ((values.archive || values.sbom || values.scan) && tiers.length !== 1)
      throw new UsageError('--archive, --sbom and --scan describe one tier: add --tier hardened or --tier locked');
    // Paths are the user's, relative to where they ran the command.
    const userPath = (option: 'archive' | 'sbom' | 'scan') => {
      const value = values[option];
      if (value === undefined) return undefined;
      const path = resolve(io.cwd, value);
      if (!existsSync(path)) throw new UsageError(`--${option}: no such file: ${path}`);
      return path;
    };
    const given = { archive: userPath('archive'), sbom: userPath('sbom'), scan: userPath('scan') };
    const at = parseTime(values.at ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'), '--at');
    const pkgs = parsePackageSet(values.pkgs);

    const written: TierReport[] = [];
    for (const tier of tiers) {
      let archive = given.archive;
      let packageSet = 'unknown (given archive)';
      if (!archive) {
        const record = await buildTier({ root, image, tier, pkgs, onProgress: (line) => io.err(`  ${line}`) });
        archive = record.archive;
        packageSet = PACKAGE_SET_LABELS[record.pkgs];
      }
      io.err(`armorred: analyzing ${image} ${tier} (${archive})`);
      let sbom: SbomSummary | undefined;
      let scan: ScanSummary | undefined;
      const imageData = await readImage(archive);
      packageSet = imageData.config.config?.Labels?.['org.armorred.pkgs'] ?? packageSet;
      const inventory = await inventoryOf(imageData);
      if (given.sbom) {
        const summary = await readReport(given.sbom);
        if (summary.kind !== 'sbom') throw new UsageError(`--sbom ${given.sbom} is a ${summary.format} scan report; give it with --scan`);
        sbom = summary;
        io.err(`  components: from ${summary.format} report ${given.sbom}`);
      } else {
        const syft = await runSyft(archive);
        sbom = syft.summary;
        io.err(`  components: ${syft.summary ? 'syft' : `armorred inventory (Nix store paths; ${syft.source})`}`);
      }
      if (given.scan) {
        const summary = await readReport(given.scan);
        if (summary.kind !== 'scan') throw new UsageError(`--scan ${given.scan} is a ${summary.format} SBOM; give it with --sbom`);
        scan = summary;
        io.err(`  vulnerabilities: from ${summary.format} report ${given.scan}`);
      } else {
        const scanner = await runScanner(archive);
        scan = scanner.summary;
        io.err(`  vulnerabilities: ${scanner.summary ? scanner.source : `not scanned (${scanner.source}; give a report with --scan)`}`);
      }
      const report: Omit<TierReport, 'schemaVersion'> = {
        generated: `by armorred analyze ${image} --tier ${tier}: measured data; do not edit`,
        image,
        tier,
        analyzedAt: at,
        build: { packageSet, configDigest: inventory.configDigest, repoTags: inventory.repoTags },
        inventory: inventoryReport(inventory, INVENTORY_TOOL),
        ...(sbom
          ? {
              sbom: {
                tool: sbom.tool?.name ?? 'unknown',
                ...(sbom.tool?.version ? { version: sbom.tool.version } : {}),
                format: sbom.format,
                components: sbom.components,
              },
            }
          : {}),
        ...(scan
          ? {
              scan: {
                tool: scan.tool.name,
                ...(scan.tool.version ? { version: scan.tool.version } : {}),
                format: scan.format,
                ...(scan.database ? { database: scan.database } : {}),
                findings: scan.findings.map(({ id, package: name, version, severity, fixedVersions }) => ({
                  id,
                  package: name,
                  ...(version ? { version } : {}),
                  severity,
                  fixedVersions,
                })),
                bySeverity: scan.bySeverity,
              },
            }
          : {}),
      };
      const file = imagePaths(image).analysisData(tier);
      const text = renderTierReport(report);
      // Validated before it is written: what analyze writes is what every reader accepts.
      written.push(parseTierReport(file, text));
      writeRepositoryFile(root, file, text);
      io.err(`armorred: wrote ${file}`);
    }
    const rendering = renderCatalog(root, [image]);
    if (!rendering.ok) {
      printIssues(io, rendering.catalogIssues, rendering.images);
      throw new InvalidInputError('the measured data was written, but the generated files were not: fix the problems above');
    }
    const result = writeFiles(root, rendering.files, rendering.ownedDirs);
    for (const path of result.written) io.err(`armorred: wrote ${path}`);
    if (values.json) io.out(JSON.stringify(written, null, 2));
    else io.out(`analyzed ${image} (${tiers.join(', ')}): see ${imagePaths(image).analysisPage}`);
    io.err(nextStep({ step: 'analyze', images: [image], ok: true }));
    return EXIT.OK;
  },
});
