import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BuildError, PACKAGE_SET_LABELS, buildTier } from '@armorred/build';
import {
  ArchiveError,
  ReportError,
  ToolError,
  inventoryOf,
  inventoryReport,
  readImage,
  readReport,
  renderTierReport,
  runScanner,
  runSyft,
  type SbomSummary,
  type ScanSummary,
  type TierReport,
} from '@armorred/analysis';
import { renderCatalog, reportPath, writeFiles } from '@armorred/generate';
import { EXIT_INVALID, EXIT_OK, UsageError, checkImageNames, parseTime, type Command } from '../cli.js';
import { printIssues } from '../report.js';
import { parsePackageSet, parseTiers } from './build.js';

const INVENTORY_TOOL = 'armorred-analysis 0.0.0';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Measure built tiers (inventory, SBOM, scans) and regenerate the analysis page, SBOMs and VEX.',
  usage: 'armorred analyze IMAGE [--tier T] [--archive PATH] [--sbom FILE] [--scan FILE] [--pkgs P] [--at TIME] [--json]',
  help: `For each tier: builds it when needed, reads the image archive (size, layers, config,
Nix store paths as components, shell, coreutils), counts components with syft and scans
with grype (or trivy) when they are installed, or uses the reports given with --sbom and
--scan, and says which. Writes the measured data to images/<image>/analysis/<tier>.json
(check it in), then regenerates from it images/<image>/ANALYSIS.md and
images/<image>/generated/<tier>.{cdx,spdx,openvex}.json.

Options:
  --tier T        hardened, locked or all (default all)
  --archive PATH  analyze this docker-archive or OCI layout instead of building (one tier)
  --sbom FILE     a syft JSON, SPDX or CycloneDX report of the image (one tier)
  --scan FILE     a grype or trivy JSON report of the image (one tier)
  --pkgs P        package set for the build: nixpkgs or offline (default: $ARMORRED_PKGS, else nixpkgs)
  --at TIME       the analysis time to record (default: now)
  --json          print the written report data as JSON
  -h, --help      show this help

Exit status: 0 analyzed, 1 build, report or spec errors, 2 usage errors.`,
  options: {
    tier: { type: 'string' },
    archive: { type: 'string' },
    sbom: { type: 'string' },
    scan: { type: 'string' },
    pkgs: { type: 'string' },
    at: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals, root, io }) {
    if (positionals.length !== 1) throw new UsageError(`name one image, e.g. armorred analyze nginx-1.26\nusage: ${this.usage}`);
    const [image] = positionals as [string];
    checkImageNames([image], root);
    const tiers = parseTiers(values.tier);
    if ((values.archive || values.sbom || values.scan) && tiers.length !== 1) throw new UsageError('--archive, --sbom and --scan describe one tier: add --tier hardened or --tier locked');
    // Paths are the user's, relative to where they ran the command.
    const given = { archive: values.archive, sbom: values.sbom, scan: values.scan } as Record<string, string | undefined>;
    for (const option of ['archive', 'sbom', 'scan']) {
      if (given[option] === undefined) continue;
      given[option] = resolve(io.cwd, given[option]!);
      if (!existsSync(given[option]!)) throw new UsageError(`--${option}: no such file: ${given[option]}`);
    }
    const at = parseTime(values.at === undefined ? new Date().toISOString() : String(values.at), '--at');
    const pkgs = parsePackageSet(values.pkgs);

    const written: TierReport[] = [];
    for (const tier of tiers) {
      let archive = given.archive;
      let packageSet = 'unknown (given archive)';
      if (!archive) {
        try {
          const record = await buildTier({ root, image, tier, pkgs, onProgress: (line) => io.err(`  ${line}`) });
          archive = record.archive;
          packageSet = PACKAGE_SET_LABELS[record.pkgs];
        } catch (error) {
          if (!(error instanceof BuildError)) throw error;
          io.err(`armorred: ${error.message}`);
          return EXIT_INVALID;
        }
      }
      io.err(`armorred: analyzing ${image} ${tier} (${archive})`);
      let sbom: SbomSummary | undefined;
      let scan: ScanSummary | undefined;
      let inventory: Awaited<ReturnType<typeof inventoryOf>>;
      try {
        const imageData = await readImage(archive);
        packageSet = imageData.config.config?.Labels?.['org.armorred.pkgs'] ?? packageSet;
        inventory = await inventoryOf(imageData);
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
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!(error instanceof ReportError || error instanceof ArchiveError || error instanceof ToolError || code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')) throw error;
        io.err(`armorred: ${(error as Error).message}`);
        return EXIT_INVALID;
      }
      const report: TierReport = {
        generated: `by armorred analyze ${image} --tier ${tier}: measured data; do not edit`,
        image,
        tier,
        analyzedAt: at,
        build: { packageSet, configDigest: inventory.configDigest, repoTags: inventory.repoTags },
        inventory: inventoryReport(inventory, INVENTORY_TOOL),
        ...(sbom ? { sbom: { tool: sbom.tool?.name ?? 'unknown', ...(sbom.tool?.version ? { version: sbom.tool.version } : {}), format: sbom.format, components: sbom.components } } : {}),
        ...(scan
          ? {
              scan: {
                tool: scan.tool.name,
                ...(scan.tool.version ? { version: scan.tool.version } : {}),
                format: scan.format,
                ...(scan.database ? { database: scan.database } : {}),
                findings: scan.findings.map(({ id, package: name, version, severity, fixedVersions }) => ({ id, package: name, ...(version ? { version } : {}), severity, fixedVersions })),
                bySeverity: scan.bySeverity,
              },
            }
          : {}),
      };
      const file = join(root, reportPath(image, tier));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.tmp`, renderTierReport(report));
      renameSync(`${file}.tmp`, file);
      io.err(`armorred: wrote ${reportPath(image, tier)}`);
      written.push(report);
    }
    const rendering = renderCatalog(root, [image]);
    if (!rendering.ok) {
      printIssues(io, rendering.catalogIssues, rendering.images);
      return EXIT_INVALID;
    }
    const result = writeFiles(root, rendering.files, rendering.ownedDirs);
    for (const path of result.written) io.err(`armorred: wrote ${path}`);
    if (values.json) io.out(JSON.stringify(written, null, 2));
    else io.out(`analyzed ${image} (${tiers.join(', ')}): see images/${image}/ANALYSIS.md`);
    return EXIT_OK;
  },
};
