// The markdown analysis page of an image: both tiers side by side with the upstream
// image, in the seed's tables, with reduction percentages and the provenance of every
// figure. Pure: spec, labels and checked-in report data in, markdown out.
import { podmanRunCommand } from '@armorred/image-facts';
import { imagePaths } from '@armorred/repository';
import { describeProbe, probeOf, tierRun, type ResolvedTier, type Upstream } from '@armorred/spec';
import { SEVERITIES } from '@armorred/scanner-reports';
import type { TierReport } from './report-schema.js';

export interface PageTier {
  resolved: ResolvedTier;
  labels: Record<string, string>;
  /** The tier's image reference, e.g. ghcr.io/armorred/nginx:1.26-hardened */
  reference: string;
  report?: TierReport;
}

export interface PageInput {
  folder: string;
  upstream?: Upstream;
  hardened: PageTier;
  locked: PageTier;
}

const TIERS = ['hardened', 'locked'] as const;
/** How the inventory named its components, for the methodology. */
function componentMethod(components: TierReport['inventory']['components']): string {
  const fromDerivation = components.filter((component) => component.nameFrom === 'derivation').length;
  const parsed = 'Nix store paths with a version, read as `<hash>-<name>-<version>`';
  if (fromDerivation === 0) return parsed;
  const named = "Nix store paths, named by their derivations' `pname` and `version`";
  return fromDerivation === components.length ? named : `${named} (${fromDerivation} of ${components.length}; the others are ${parsed})`;
}

const NOT_MEASURED = 'not measured';

/** Text safe in a markdown table cell or paragraph: no markup, no HTML, one line. */
export function mdText(value: string): string {
  return value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;');
}

function code(value: string): string {
  // Inline code cannot contain its own delimiter safely; fall back to escaped text.
  return /[`\r\n|]/.test(value) ? mdText(value) : `\`${value}\``;
}

/** Bytes as `podman images` shows them: 1000-based, three significant digits. */
export function formatSize(bytes: number): string {
  const mb = bytes / 1e6;
  if (mb >= 100) return `${mb.toFixed(0)} MB`;
  if (mb >= 10) return `${mb.toFixed(1)} MB`;
  return `${mb.toFixed(2)} MB`;
}

/** "87.3%"; a dash when there is nothing upstream to compare with. */
export function percentFewer(upstream: number, ours: number): string {
  return upstream > 0 ? `${(((upstream - ours) / upstream) * 100).toFixed(1)}%` : '—';
}

function capitalise(tier: string): string {
  return tier[0]!.toUpperCase() + tier.slice(1);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

/** The figures of a tier as its analysis data gives them (the page, the site and the tests read them here). */
export interface Figures {
  /** From the SBOM tool when one ran, else the inventory's components. */
  components?: number;
  /** Uncompressed bytes, as `podman images` shows them. */
  size?: number;
  layers?: number;
  /** By severity; absent when the tier was not scanned. */
  vulnerabilities?: Record<string, number>;
}

function tierFigures(tier: PageTier): Figures {
  return reportFigures(tier.report);
}

export function reportFigures(report: TierReport | undefined): Figures {
  if (!report) return {};
  return {
    components: report.sbom?.components ?? report.inventory.components.length,
    size: report.inventory.size,
    layers: report.inventory.layerSizes.length,
    ...(report.scan ? { vulnerabilities: report.scan.bySeverity } : {}),
  };
}

/** Every finding, as the scanner totals them (grype counts negligible and unknown too). */
export function vulnerabilityTotal(counts: Record<string, number>): number {
  if (counts.total !== undefined) return counts.total;
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** Findings that are neither critical, high, medium nor low (negligible and unknown). */
export function otherSeverities(counts: Record<string, number>): number {
  return vulnerabilityTotal(counts) - ['critical', 'high', 'medium', 'low'].reduce((sum, severity) => sum + (counts[severity] ?? 0), 0);
}

export function renderAnalysisPage(input: PageInput): string {
  const { folder, upstream } = input;
  const tiers = TIERS.map((name) => ({ name, ...input[name], figures: tierFigures(input[name]) }));
  const spec = input.hardened.resolved;
  const up = upstream?.figures;
  const upstreamName = upstream ? `Upstream ${code(upstream.image.replace(/^docker\.io\/library\//, ''))}` : 'Upstream';
  const columns = ['Metric', upstreamName, ...tiers.map((tier) => `ARMORRED ${capitalise(tier.name)}`)];
  const lines: string[] = [];
  const push = (...text: string[]) => lines.push(...text);

  push(
    `<!-- Generated by armorred generate from ${imagePaths(folder).spec} and ${imagePaths(folder).analysis}/*.json; do not edit. Regenerate: npx armorred generate ${folder} (to measure the image again: npx armorred analyze ${folder}) -->`,
    '',
    `# ${mdText(spec.name)} ${mdText(spec.line)}: analysis`,
    '',
    `${mdText(spec.description)}. Upstream version ${mdText(spec.version)}, ${mdText(spec.licenses)}${spec.homepage ? `, <${spec.homepage}>` : ''}.`,
    `Tiers: ${tiers.map((tier) => code(tier.reference)).join(', ')}.`,
    '',
  );

  const offline = tiers.filter((tier) => tier.report && tier.report.build.packageSet !== 'nixpkgs');
  if (offline.length > 0) {
    push(
      `> **Measured on a test build.** The ARMORRED figures below (${offline.map((tier) => tier.name).join(', ')}) come from images built with the ` +
        `\`${mdText(offline[0]!.report!.build.packageSet)}\` package set: the catalog's offline test fixture made from Debian bookworm packages, ` +
        'not the pinned nixpkgs the published images are built from. Its package versions, sizes and findings differ from a release build.',
      '',
    );
  }
  const missing = tiers.filter((tier) => !tier.report);
  if (missing.length > 0) push(`> Not analyzed yet: ${missing.map((tier) => tier.name).join(', ')}. Run \`npx armorred analyze ${folder}\`.`, '');

  // Components
  push('## Component reduction', '');
  const componentCell = (value?: number) => (value === undefined ? NOT_MEASURED : `${value} packages`);
  push(
    table(columns, [
      ['Base image', up ? mdText(upstream!.base ?? 'unknown') : NOT_MEASURED, ...tiers.map(() => 'scratch')],
      ['Components', componentCell(up?.components), ...tiers.map((tier) => componentCell(tier.figures.components))],
      ['Reduction', '', ...tiers.map((tier) => (up && tier.figures.components !== undefined ? percentFewer(up.components, tier.figures.components) : '—'))],
    ]),
    '',
  );

  // Size
  push('## Size reduction', '');
  const upSize = up ? up.sizeMB * 1e6 : undefined;
  push(
    table(columns, [
      [
        'Image size',
        upSize === undefined ? NOT_MEASURED : formatSize(upSize),
        ...tiers.map((tier) => (tier.figures.size === undefined ? NOT_MEASURED : formatSize(tier.figures.size))),
      ],
      [
        'Reduction',
        '',
        ...tiers.map((tier) =>
          upSize !== undefined && tier.figures.size !== undefined
            ? `${percentFewer(upSize, tier.figures.size)} (${((upSize - tier.figures.size) / 1e6).toFixed(0)} MB saved)`
            : '—',
        ),
      ],
      [
        'Layers',
        up ? String(up.layers) : NOT_MEASURED,
        ...tiers.map((tier) => (tier.figures.layers === undefined ? NOT_MEASURED : String(tier.figures.layers))),
      ],
    ]),
    '',
  );

  // Vulnerabilities
  push('## Vulnerabilities', '');
  const vulnCell = (counts: Record<string, number> | undefined, severity: string) => (counts ? String(counts[severity] ?? 0) : 'not scanned');
  const severityRows = ['critical', 'high', 'medium', 'low'].map((severity) => [
    capitalise(severity),
    vulnCell(up?.vulnerabilities, severity),
    ...tiers.map((tier) => vulnCell(tier.figures.vulnerabilities, severity)),
  ]);
  push(
    table(
      ['Severity', upstreamName, ...tiers.map((tier) => `ARMORRED ${capitalise(tier.name)}`)],
      [
        ...severityRows,
        [
          'Negligible or unknown',
          up ? String(otherSeverities(up.vulnerabilities)) : NOT_MEASURED,
          ...tiers.map((tier) => (tier.figures.vulnerabilities ? String(otherSeverities(tier.figures.vulnerabilities)) : 'not scanned')),
        ],
        [
          'Total',
          up ? String(vulnerabilityTotal(up.vulnerabilities)) : NOT_MEASURED,
          ...tiers.map((tier) => (tier.figures.vulnerabilities ? String(vulnerabilityTotal(tier.figures.vulnerabilities)) : 'not scanned')),
        ],
      ],
    ),
    '',
  );
  const reductions = tiers
    .filter((tier) => up && tier.figures.vulnerabilities)
    .map((tier) => `${percentFewer(vulnerabilityTotal(up!.vulnerabilities), vulnerabilityTotal(tier.figures.vulnerabilities!))} (${tier.name})`);
  if (reductions.length > 0) push(`Vulnerability reduction: ${reductions.join(', ')}.`, '');
  const unscanned = tiers.filter((tier) => tier.report && !tier.report.scan);
  if (unscanned.length > 0) {
    push(
      `Not scanned: ${unscanned.map((tier) => tier.name).join(', ')}. No vulnerability scanner (grype, trivy) was available when the tier was analyzed; ` +
        `give a report with \`armorred analyze ${folder} --scan REPORT\`.`,
      '',
    );
  }

  // Findings: accepted, and those neither fixed nor accepted
  push('## Accepted findings', '');
  const accepted = new Map<string, { finding: ResolvedTier['acceptedFindings'][number]; tiers: string[] }>();
  for (const tier of tiers) {
    for (const finding of tier.resolved.acceptedFindings) {
      const key = `${finding.id} ${finding.package}`;
      const entry = accepted.get(key) ?? { finding, tiers: [] };
      entry.tiers.push(tier.name);
      accepted.set(key, entry);
    }
  }
  if (accepted.size === 0) push('None.', '');
  else {
    push(
      table(
        ['ID', 'Package', 'Severity', 'Status', 'Tiers', 'Justification'],
        [...accepted.values()].map(({ finding, tiers: names }) => [
          code(finding.id),
          mdText(finding.package),
          mdText(finding.severity ?? 'unknown'),
          mdText(finding.status.replace(/_/g, ' ')),
          names.join(', '),
          mdText(finding.justification) + (finding.actionStatement ? ` **Action:** ${mdText(finding.actionStatement)}` : ''),
        ]),
      ),
      '',
    );
  }
  const open = tiers.flatMap((tier) =>
    (tier.report?.scan?.findings ?? [])
      .filter((finding) => !tier.resolved.acceptedFindings.some((a) => a.id === finding.id && a.package === finding.package))
      .map((finding) => ({ tier: tier.name, finding })),
  );
  if (open.length > 0) {
    push(
      '## ⚠ Findings neither fixed nor accepted',
      '',
      table(
        ['Tier', 'ID', 'Package', 'Version', 'Severity', 'Fix'],
        open
          .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || (a.finding.id < b.finding.id ? -1 : 1))
          .map(({ tier, finding }) => [
            tier,
            code(finding.id),
            mdText(finding.package),
            mdText(finding.version ?? ''),
            mdText(finding.severity),
            finding.fixedVersions.length > 0 ? `fixed in ${mdText(finding.fixedVersions.join(', '))}` : 'no fix yet',
          ]),
      ),
      '',
    );
  }

  // Shell
  push('## Shell availability', '');
  const presence = (present: boolean | undefined) => (present === undefined ? NOT_MEASURED : present ? 'Present' : 'Absent');
  push(
    table(
      ['Image', '/bin/sh', 'Coreutils'],
      [
        [upstreamName, up?.shell === undefined ? NOT_MEASURED : presence(up.shell), up?.coreutils ? capitalise(up.coreutils) : NOT_MEASURED],
        ...tiers.map((tier) => [
          `ARMORRED ${capitalise(tier.name)}`,
          `${presence(tier.resolved.shell)}${tier.report && tier.report.inventory.shell !== tier.resolved.shell ? ' (**measured: differs!**)' : ''}`,
          `${presence(tier.resolved.coreutils)}${tier.report && tier.report.inventory.coreutils !== tier.resolved.coreutils ? ' (**measured: differs!**)' : ''}`,
        ]),
      ],
    ),
    '',
    ...tiers.map((tier) => {
      const probe = tier.resolved.healthcheck && probeOf(tier.resolved.healthcheck);
      const health = probe
        ? `health check ${code(describeProbe(probe))}${probe.kind === 'exec' ? " (the image's own binary, run without a shell; also in the image config)" : ' (from outside the container)'}`
        : 'no health check declared';
      return `- ${capitalise(tier.name)}: ${tier.resolved.shell ? 'has a shell' : 'no shell, so `podman exec … sh` fails'}; ${health}.`;
    }),
    '',
  );

  // Non-root and read-only root
  push('## Non-root and read-only root', '');
  push(
    table(
      ['', upstreamName, ...tiers.map((tier) => `ARMORRED ${capitalise(tier.name)}`)],
      [
        ['User', up?.user ? mdText(up.user) : NOT_MEASURED, ...tiers.map((tier) => `UID ${tier.resolved.runtime.user}`)],
        ['Read-only root', '—', ...tiers.map(() => 'Supported')],
        [
          'Writable paths',
          '—',
          ...tiers.map((tier) => tier.resolved.runtime.writablePaths.map(({ path, kind }) => `${code(path)} (${kind})`).join(', ') || 'none'),
        ],
      ],
    ),
    '',
  );
  push("The run the tests prove (the image's own user, read-only root, no capabilities, no new privileges, writable only where declared):", '');
  for (const tier of tiers) push('```sh', podmanRunCommand(tierRun(tier.resolved), tier.reference), '```', '');
  // The commands name tags (a page is written before any release); a tag moves, a digest does not.
  const registry = tiers[0]!.reference.slice(0, tiers[0]!.reference.lastIndexOf('/'));
  push(
    `A tag moves; the digest is the image's identity. Pull and run a release by digest: ${code(`npx armorred releases ${folder} --registry ${registry}`)} lists each release's \`@sha256:\` digest, and the Images site shows the pull commands by digest.`,
    '',
  );

  // Files dropped from the main package
  if (tiers.some((tier) => (tier.resolved.package.dropFiles ?? []).length > 0)) {
    push('## Dropped from the package', '');
    push(
      table(
        ['Tier', 'Files dropped', 'Paths'],
        tiers.map((tier) => {
          const dropped = tier.resolved.package.dropFiles ?? [];
          return [capitalise(tier.name), String(dropped.length), dropped.map(code).join(', ') || '—'];
        }),
      ),
      '',
    );
  }

  // Labels
  push('## Labels', '');
  const names = [...new Set(tiers.flatMap((tier) => Object.keys(tier.labels)))].sort();
  push(
    table(
      ['Label', ...tiers.map((tier) => capitalise(tier.name))],
      names.map((name) => [code(name), ...tiers.map((tier) => mdText(tier.labels[name] ?? '—'))]),
    ),
    '',
    'Added at build time: `org.opencontainers.image.created`, `org.opencontainers.image.revision` (when given) and `org.armorred.pkgs` (the package set).',
    '',
  );

  // Provenance
  push('## Where the figures come from', '');
  if (upstream) {
    const source = upstream.source;
    const origin = `${mdText(source.citation)}${source.url ? ` (<${source.url}>)` : ''}${source.date ? `, ${mdText(source.date)}` : ''}`;
    push(
      upstream.figures
        ? `- **Upstream** (${code(upstream.image)}): recorded in \`${imagePaths(folder).spec}\`, from ${origin}.`
        : `- **Upstream** (${code(upstream.image)}): **not measured** (${origin}); every upstream cell says so. The commands that measure it:`,
      ...Object.entries(source.commands ?? {}).map(([figure, command]) => `  - ${mdText(figure)}: ${code(String(command))}`),
    );
  }
  for (const tier of tiers) {
    const report = tier.report;
    if (!report) {
      push(`- **${capitalise(tier.name)}**: not analyzed yet.`);
      continue;
    }
    push(
      `- **${capitalise(tier.name)}**: analyzed ${mdText(report.analyzedAt)} from image ${code(report.build.configDigest)}, built with the package set ${code(report.build.packageSet)}.`,
      `  - components: ${report.sbom ? `${mdText(report.sbom.tool)}${report.sbom.version ? ` ${mdText(report.sbom.version)}` : ''} (${mdText(report.sbom.format)})` : `${mdText(report.inventory.tool)}: ${componentMethod(report.inventory.components)}`}`,
      `  - size and layers: ${mdText(report.inventory.tool)}, uncompressed layer sizes as \`podman images\` reports them (${formatSize(report.inventory.compressedSize)} compressed)`,
      `  - vulnerabilities: ${report.scan ? `${mdText(report.scan.tool)}${report.scan.version ? ` ${mdText(report.scan.version)}` : ''}${report.scan.database?.built ? `, database built ${mdText(report.scan.database.built)}` : ''}` : 'not scanned'}`,
    );
  }
  push('');
  return `${lines.join('\n')}`;
}
