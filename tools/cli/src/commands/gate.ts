import { resolve } from 'node:path';
import { ReportDataError, readTierReport } from '@armorred/analysis';
import { forEachImage, checkImage } from '@armorred/catalog';
import { EXIT, UsageError } from '@armorred/errors';
import { imagePaths } from '@armorred/repository';
import { GATE_SEVERITIES, readReport, scanGate, type Finding, type GateSeverity } from '@armorred/scanner-reports';
import { resolveTier, type TierName } from '@armorred/spec';
import { defineCommand } from '../cli.js';
import { TIER_OPTION, checkImageNames, parseTiers } from '../options.js';
import { formatPrintableIssue, printIssues, printable } from '../report.js';

function parseSeverity(value: string | undefined): GateSeverity {
  const given = value ?? 'critical';
  const known = GATE_SEVERITIES.find((severity) => severity === given);
  if (!known) throw new UsageError(`--fail-on must be ${GATE_SEVERITIES.join(', ')}, not ${JSON.stringify(given)}`);
  return known;
}

const describe = (finding: Finding) =>
  `${finding.id} in ${finding.package}${finding.version ? ` ${finding.version}` : ''} (${finding.severity}; ${
    finding.fixedVersions.length > 0 ? `fixed in ${finding.fixedVersions.join(', ')}` : 'no fix'
  })`;

export const gateCommand = defineCommand({
  name: 'gate',
  summary: 'Fail when a scan finds a vulnerability at or above a severity that no acceptedFindings entry covers.',
  arguments: '[IMAGE...]',
  argumentHelp: { IMAGE: 'image folder names, e.g. nginx-1.26 (default: every image)' },
  details: `The scan gate of CI and of the scheduled rescan: like grype --fail-on critical,
but a finding that the tier's acceptedFindings in image.yaml covers (same id and package)
does not fail it. The findings are the checked-in measurements of each tier
(images/<image>/analysis/<tier>.json, written by armorred analyze with grype or trivy
installed), or the grype or trivy JSON report given with --scan (one image, one tier;
e.g. grype sbom:images/<image>/generated/<tier>.cdx.json -o json). A tier that was never
scanned fails: the gate never passes on missing data.`,
  options: {
    tier: TIER_OPTION,
    scan: { type: 'string', value: 'FILE', description: 'a grype or trivy JSON report to judge instead of the measurements (one image, one tier)' },
    'fail-on': { type: 'string', value: 'SEVERITY', description: `fail on findings this severe or worse: ${GATE_SEVERITIES.join(', ')} (default critical)` },
  },
  exits: {
    [EXIT.OK]: 'no uncovered finding',
    [EXIT.INVALID]: 'an uncovered finding, a tier never scanned, or spec or report errors',
    [EXIT.USAGE]: 'usage errors',
  },
  async run({ values, positionals, root, io }) {
    checkImageNames(positionals, root);
    const threshold = parseSeverity(values['fail-on']);
    const tiers = parseTiers(values.tier);
    const scanFile = values.scan === undefined ? undefined : resolve(io.cwd, values.scan);
    if (scanFile && (positionals.length !== 1 || tiers.length !== 1))
      throw new UsageError('--scan is the report of one image tier: name one image and add --tier hardened or --tier locked');
    const given = scanFile ? await readReport(scanFile) : undefined;
    if (given && given.kind !== 'scan') throw new UsageError(`--scan ${scanFile} is a ${given.format} SBOM, not a grype or trivy report`);

    const run = forEachImage(root, positionals, (catalog, image, cache) => ({ image, result: checkImage(root, catalog, image, cache), catalog }));
    const unreadable = run.results.filter(({ result }) => !result.loaded);
    if (!run.catalog || unreadable.length > 0) {
      printIssues(
        io,
        run.catalogIssues,
        unreadable.map(({ result }) => result),
      );
      return EXIT.INVALID;
    }
    let failed = 0;
    let passed = 0;
    for (const { image, result } of run.results) {
      for (const tier of tiers as TierName[]) {
        const name = `${image} ${tier}`;
        let findings: readonly Finding[];
        let source: string;
        if (given && given.kind === 'scan') {
          findings = given.findings;
          source = `${given.tool.name}${given.tool.version ? ` ${given.tool.version}` : ''} report ${values.scan}`;
        } else {
          const file = imagePaths(image).analysisData(tier);
          let scan;
          try {
            scan = readTierReport(root, image, tier)?.scan;
          } catch (error) {
            if (!(error instanceof ReportDataError)) throw error;
            io.out(`FAIL  ${name}: ${error.issues.map(formatPrintableIssue).join('; ')}`);
            failed++;
            continue;
          }
          if (!scan) {
            io.out(`FAIL  ${name}: never scanned (${file} has no scan); run armorred analyze ${image} with grype installed, or give --scan FILE`);
            failed++;
            continue;
          }
          findings = scan.findings;
          source = `${scan.tool}${scan.version ? ` ${scan.version}` : ''} scan in ${file}`;
        }
        const accepted = resolveTier(result.loaded!.spec, tier, run.catalog.spec.defaults).acceptedFindings;
        const gate = scanGate(findings, accepted, threshold);
        const note = gate.accepted.length > 0 ? `; accepted: ${gate.accepted.map((finding) => `${finding.id} in ${finding.package}`).join(', ')}` : '';
        if (gate.uncovered.length === 0) {
          io.out(printable(`ok    ${name}: no ${threshold} or worse finding outside acceptedFindings (${source}${note})`));
          passed++;
        } else {
          io.out(
            printable(`FAIL  ${name}: ${gate.uncovered.length} ${threshold} or worse finding(s) that no acceptedFindings entry covers (${source}${note}):`),
          );
          for (const finding of gate.uncovered) io.out(`        ${printable(describe(finding))}`);
          failed++;
        }
      }
    }
    io.out(
      failed === 0
        ? `${passed} tier(s) pass the gate (--fail-on ${threshold})`
        : `${failed} of ${passed + failed} tier(s) fail the gate (--fail-on ${threshold}); fix the package, or accept the finding in image.yaml with its justification`,
    );
    return failed === 0 ? EXIT.OK : EXIT.INVALID;
  },
});
