// The page of one image: pure, site data in, VitePress markdown out. Headings are markdown
// (anchors, outline, search sections); everything derived from specs, reports and
// changelogs is escaped HTML in v-pre blocks, or fenced code (see html.ts).
import { otherSeverities, type Figures } from '@armorred/analysis';
import { SEVERITIES } from '@armorred/scanner-reports';
import { stringify } from 'yaml';
import { barChart, type Bar } from './charts.js';
import { renderChangelog } from './changelog.js';
import { findings, formatReduction, formatSize, upstreamFigures } from './format.js';
import { element, escapeHtml, fence, heading, htmlBlock, tableBlock, text, type Cell, type Column } from './html.js';
import type { SiteCatalog, SiteDownload, SiteImage, SiteTier } from './model.js';
import { runCommands } from './run.js';

const NOT_MEASURED = 'not measured';
const NOT_SCANNED = 'not scanned';
const NOT_PUBLISHED = 'not yet published';

const DOWNLOAD_FORMATS: Record<SiteDownload['kind'], string> = {
  cyclonedx: 'CycloneDX 1.6 SBOM',
  spdx: 'SPDX 2.3 SBOM',
  openvex: 'OpenVEX 0.2.0',
};

export function tierTitle(tier: string): string {
  return tier[0]!.toUpperCase() + tier.slice(1);
}

function code(value: string): string {
  return text('code', {}, value);
}

function link(href: string, label: string, attrs: Record<string, string | boolean> = {}): string {
  return element('a', { href, ...attrs }, escapeHtml(label));
}

/** The tier's tag reference, e.g. ghcr.io/armorred/nginx:1.26-hardened */
export function tagReference(tier: SiteTier): string {
  return `${tier.release?.repository ?? tier.repository}:${tier.tag}`;
}

/** A release in a few words: "1.26.3-r1, signed, attested (cyclonedx, spdxjson, openvex)". */
export function describeRelease(release: NonNullable<SiteTier['release']>): string {
  return [
    release.version,
    release.signed ? 'signed' : 'not signed',
    release.attested.length > 0 ? `attested (${release.attested.join(', ')})` : 'not attested',
  ].join(', ');
}

/** The tier's digest reference when it was published, e.g. ghcr.io/armorred/nginx@sha256:… */
export function digestReference(tier: SiteTier): string | undefined {
  return tier.release ? `${tier.release.repository}@${tier.release.digest}` : undefined;
}

/** A figure cell that carries its raw value, so a test (or a script) can read what the page shows. */
function figureCell(figure: string, tier: string, value: number | undefined, shown: string): Cell {
  return { html: escapeHtml(shown), attrs: { 'data-figure': figure, 'data-tier': tier, 'data-value': value } };
}

interface Column3 {
  key: string;
  label: string;
  figures: Figures;
}

function columnsOf(image: SiteImage): Column3[] {
  const upstreamLabel = image.upstream ? `Upstream ${image.upstream.image.replace(/^docker\.io\/library\//, '')}` : 'Upstream';
  return [
    { key: 'upstream', label: upstreamLabel, figures: upstreamFigures(image.upstream) },
    ...image.tiers.map((tier) => ({ key: tier.name, label: `ARMORRED ${tierTitle(tier.name)}`, figures: tier.figures })),
  ];
}

function lede(image: SiteImage): string {
  const facts = [
    `Upstream version ${escapeHtml(image.version)}`,
    escapeHtml(image.licenses),
    ...(image.homepage ? [link(image.homepage, 'Homepage', { rel: 'noopener' })] : []),
    ...(image.source ? [link(image.source, 'Upstream source', { rel: 'noopener' })] : []),
  ];
  return htmlBlock('div', { class: 'image-lede' }, text('p', {}, image.description), element('p', {}, facts.join(' · ')));
}

function testBuildNotice(image: SiteImage): string | undefined {
  const offline = image.tiers.filter((tier) => tier.report && tier.report.build.packageSet !== 'nixpkgs');
  if (offline.length === 0) return undefined;
  return htmlBlock(
    'div',
    { class: 'warning custom-block' },
    text('p', { class: 'custom-block-title' }, 'Measured on a test build'),
    text(
      'p',
      {},
      `The figures of ${offline.map((tier) => tier.name).join(' and ')} come from images built with the ${offline[0]!.report!.build.packageSet} package set: ` +
        "the catalog's offline test fixture made from Debian packages, not the pinned nixpkgs that published images are built from. " +
        'Package versions, sizes and findings of a release build differ.',
    ),
  );
}

function tiersTable(image: SiteImage): string {
  const tiers = image.tiers;
  const up = upstreamFigures(image.upstream);
  const row = (label: string, cell: (tier: SiteTier) => Cell | string): (Cell | string)[] => [label, ...tiers.map(cell)];
  const lastRelease = (tier: SiteTier) => (tier.release ? describeRelease(tier.release) : NOT_PUBLISHED);
  return tableBlock(
    `${image.name} ${image.line}: the tiers side by side`,
    [{ label: 'Property' }, ...tiers.map((tier) => ({ label: tierTitle(tier.name) }))],
    [
      row('What it is', (tier) => tier.policy),
      row('Tag', (tier) => ({ html: code(tagReference(tier)) })),
      row('Image size', (tier) =>
        tier.figures.size === undefined ? NOT_MEASURED : `${formatSize(tier.figures.size)} (${formatReduction(up.size, tier.figures.size)} smaller)`,
      ),
      row('Components', (tier) =>
        tier.figures.components === undefined ? NOT_MEASURED : `${tier.figures.components} (${formatReduction(up.components, tier.figures.components)} fewer)`,
      ),
      row('Vulnerabilities', (tier) => {
        const total = findings(tier.figures);
        return total === undefined ? NOT_SCANNED : String(total);
      }),
      row('/bin/sh', (tier) => (tier.resolved.shell ? 'present' : 'absent')),
      row('Coreutils', (tier) => (tier.resolved.coreutils ? 'present' : 'absent')),
      row('User', (tier) => `UID ${tier.resolved.runtime.user}, GID ${tier.resolved.runtime.group}`),
      row('Root filesystem', () => 'read-only'),
      row('Writable paths', (tier) => ({
        html: tier.resolved.runtime.writablePaths.map(({ path, kind }) => `${code(path)} (${kind})`).join(', ') || 'none',
      })),
      row('Last release', (tier) => ({ html: escapeHtml(lastRelease(tier)), attrs: { 'data-release': tier.name } })),
    ],
  );
}

function pullTable(image: SiteImage): string {
  return tableBlock(
    `Pull ${image.name} ${image.line}`,
    [{ label: 'Tier' }, { label: 'By tag' }, { label: 'By digest' }],
    image.tiers.map((tier) => {
      const digest = digestReference(tier);
      return [
        tierTitle(tier.name),
        { html: code(`podman pull ${tagReference(tier)}`) },
        { html: digest ? code(`podman pull ${digest}`) : escapeHtml(NOT_PUBLISHED), attrs: { 'data-pull-digest': tier.name } },
      ];
    }),
  );
}

function runSection(image: SiteImage): string[] {
  const lines: string[] = [
    heading(2, 'Run it hardened', 'run'),
    '',
    htmlBlock(
      'p',
      {},
      escapeHtml(
        "The run the image's tests prove: the image's own non-root user, a read-only root filesystem, every capability dropped, " +
          'no new privileges, the default seccomp profile, and only the writable paths mounted writable ' +
          '(scratch paths as size-limited tmpfs or memory-backed emptyDir volumes, state paths as volumes).',
      ),
    ),
    '',
  ];
  for (const tier of image.tiers) {
    const run = runCommands(tier.resolved, digestReference(tier) ?? tagReference(tier));
    lines.push(
      heading(3, tierTitle(tier.name), `run-${tier.name}`),
      '',
      `<div data-run-tier="${tier.name}">`,
      '',
      '::: code-group',
      '',
      fence('sh', run.podman, 'podman'),
      '',
      fence('yaml', run.kubernetes, 'Kubernetes'),
      '',
      ':::',
      '',
      '</div>',
      '',
    );
  }
  lines.push(
    htmlBlock(
      'p',
      {},
      'With Docker, use the same flags except the podman-only ',
      code('--read-only-tmpfs=false'),
      ' and the ',
      code('U'),
      ' mount option (podman gives the mount to the image’s user; with Docker add ',
      code('uid=…,gid=…'),
      ' to the tmpfs options). In Kubernetes, podman’s ',
      code('noexec'),
      ', ',
      code('nosuid'),
      ' and ',
      code('nodev'),
      ' have no emptyDir equivalent.',
    ),
    '',
  );
  return lines;
}

function figureTable(caption: string, rows: (Cell | string)[][], columns: Column3[]): string {
  const header: Column[] = [{ label: 'Figure' }, ...columns.map((column) => ({ label: column.label, numeric: true }))];
  return tableBlock(caption, header, rows);
}

function chart(
  id: string,
  title: string,
  columns: Column3[],
  value: (figures: Figures) => number | undefined,
  show: (value: number) => string,
  missing: string,
): string {
  const bars: Bar[] = columns.map((column) => {
    const figure = value(column.figures);
    return {
      label: column.label,
      ...(figure === undefined ? {} : { value: figure }),
      display: figure === undefined ? missing : show(figure),
      upstream: column.key === 'upstream',
    };
  });
  return htmlBlock('figure', { class: 'chart-figure' }, barChart({ id, title, bars }));
}

function analysisSection(image: SiteImage): string[] {
  const columns = columnsOf(image);
  const up = columns[0]!.figures;
  const tiers = columns.slice(1);
  const lines: string[] = [heading(2, 'Analysis', 'analysis'), ''];
  const notice = testBuildNotice(image);
  if (notice) lines.push(notice, '');

  lines.push(heading(3, 'Size', 'size'), '');
  lines.push(
    chart(`${image.folder}-size`, `${image.name} ${image.line}: image size`, columns, (f) => f.size, formatSize, NOT_MEASURED),
    '',
  );
  lines.push(
    figureTable(
      'Image size and layers against upstream',
      [
        [
          'Image size',
          ...columns.map((c) => figureCell('size', c.key, c.figures.size, c.figures.size === undefined ? NOT_MEASURED : formatSize(c.figures.size))),
        ],
        ['Reduction', '', ...tiers.map((c) => figureCell('size-reduction', c.key, undefined, formatReduction(up.size, c.figures.size)))],
        [
          'Layers',
          ...columns.map((c) => figureCell('layers', c.key, c.figures.layers, c.figures.layers === undefined ? NOT_MEASURED : String(c.figures.layers))),
        ],
      ],
      columns,
    ),
    '',
  );

  lines.push(heading(3, 'Components', 'components'), '');
  lines.push(
    chart(`${image.folder}-components`, `${image.name} ${image.line}: components`, columns, (f) => f.components, String, NOT_MEASURED),
    '',
  );
  lines.push(
    figureTable(
      'Components (packages) against upstream',
      [
        [
          'Components',
          ...columns.map((c) =>
            figureCell('components', c.key, c.figures.components, c.figures.components === undefined ? NOT_MEASURED : String(c.figures.components)),
          ),
        ],
        ['Reduction', '', ...tiers.map((c) => figureCell('components-reduction', c.key, undefined, formatReduction(up.components, c.figures.components)))],
      ],
      columns,
    ),
    '',
  );

  lines.push(heading(3, 'Vulnerabilities', 'vulnerabilities'), '');
  lines.push(chart(`${image.folder}-vulnerabilities`, `${image.name} ${image.line}: vulnerabilities`, columns, findings, String, NOT_SCANNED), '');
  const severityCell = (severity: string) => (c: Column3) => {
    const counts = c.figures.vulnerabilities;
    return figureCell(`vulnerabilities-${severity}`, c.key, counts ? (counts[severity] ?? 0) : undefined, counts ? String(counts[severity] ?? 0) : NOT_SCANNED);
  };
  lines.push(
    figureTable(
      'Vulnerabilities by severity against upstream',
      [
        ...['critical', 'high', 'medium', 'low'].map((severity) => [tierTitle(severity), ...columns.map(severityCell(severity))]),
        [
          'Negligible or unknown',
          ...columns.map((c) => {
            const counts = c.figures.vulnerabilities;
            return figureCell(
              'vulnerabilities-other',
              c.key,
              counts ? otherSeverities(counts) : undefined,
              counts ? String(otherSeverities(counts)) : NOT_SCANNED,
            );
          }),
        ],
        [
          'Total',
          ...columns.map((c) =>
            figureCell('vulnerabilities', c.key, findings(c.figures), findings(c.figures) === undefined ? NOT_SCANNED : String(findings(c.figures))),
          ),
        ],
      ],
      columns,
    ),
    '',
  );
  const unscanned = image.tiers.filter((tier) => tier.report && !tier.report.scan);
  if (unscanned.length > 0) {
    lines.push(
      htmlBlock(
        'p',
        {},
        escapeHtml(
          `Not scanned: ${unscanned.map((tier) => tier.name).join(', ')}. No vulnerability scanner (grype, trivy) was available when the tier was analyzed.`,
        ),
      ),
      '',
    );
  }
  lines.push(heading(3, 'Where the figures come from', 'provenance'), '', provenance(image), '');
  return lines;
}

function provenance(image: SiteImage): string {
  const items: string[] = [];
  if (image.upstream) {
    const source = image.upstream.source;
    items.push(
      element(
        'li',
        {},
        `Upstream (${code(image.upstream.image)}): ${escapeHtml(source.citation)}`,
        source.url ? ` (${link(source.url, source.url, { rel: 'noopener' })})` : '',
        source.date ? `, ${escapeHtml(source.date)}` : '',
        '.',
      ),
    );
  }
  for (const tier of image.tiers) {
    const report = tier.report;
    if (!report) {
      items.push(text('li', {}, `${tierTitle(tier.name)}: not analyzed yet.`));
      continue;
    }
    const tool = (name: string, version?: string) => `${name}${version ? ` ${version}` : ''}`;
    items.push(
      element(
        'li',
        {},
        `${escapeHtml(tierTitle(tier.name))}: analyzed ${escapeHtml(report.analyzedAt)} from image `,
        code(report.build.configDigest),
        `, built with the package set ${code(report.build.packageSet)}; components by `,
        escapeHtml(report.sbom ? tool(report.sbom.tool, report.sbom.version) : report.inventory.tool),
        ', vulnerabilities by ',
        escapeHtml(report.scan ? tool(report.scan.tool, report.scan.version) : NOT_SCANNED),
        '.',
      ),
    );
  }
  return htmlBlock('ul', { class: 'provenance' }, ...items);
}

function findingsSection(image: SiteImage): string[] {
  const lines: string[] = [heading(2, 'Accepted findings', 'accepted-findings'), ''];
  const accepted = new Map<string, { finding: SiteTier['resolved']['acceptedFindings'][number]; tiers: string[] }>();
  for (const tier of image.tiers) {
    for (const finding of tier.resolved.acceptedFindings) {
      const key = `${finding.id}\u0000${finding.package}`;
      const entry = accepted.get(key) ?? { finding, tiers: [] };
      entry.tiers.push(tier.name);
      accepted.set(key, entry);
    }
  }
  if (accepted.size === 0) lines.push(htmlBlock('p', {}, 'None.'), '');
  for (const { finding, tiers } of accepted.values()) {
    lines.push(
      htmlBlock(
        'div',
        { class: 'finding', 'data-finding': finding.id },
        element(
          'p',
          { class: 'finding-title' },
          code(finding.id),
          escapeHtml(` in ${finding.package}: ${finding.severity ?? 'unknown'} severity, ${finding.status.replace(/_/g, ' ')} (${tiers.join(', ')})`),
        ),
        text('p', {}, finding.justification),
        finding.actionStatement ? element('p', {}, element('strong', {}, 'What to do:'), ' ', escapeHtml(finding.actionStatement)) : '',
      ),
      '',
    );
  }
  const open = image.tiers.flatMap((tier) =>
    (tier.report?.scan?.findings ?? [])
      .filter((finding) => !tier.resolved.acceptedFindings.some((a) => a.id === finding.id && a.package === finding.package))
      .map((finding) => ({ tier: tier.name, finding })),
  );
  if (open.length > 0) {
    open.sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || (a.finding.id < b.finding.id ? -1 : 1));
    lines.push(
      heading(3, 'Findings neither fixed nor accepted', 'open-findings'),
      '',
      tableBlock(
        'Findings neither fixed nor accepted',
        [{ label: 'Tier' }, { label: 'ID' }, { label: 'Package' }, { label: 'Version' }, { label: 'Severity' }, { label: 'Fix' }],
        open.map(({ tier, finding }) => [
          tier,
          { html: code(finding.id) },
          finding.package,
          finding.version ?? '',
          finding.severity,
          finding.fixedVersions.length > 0 ? `fixed in ${finding.fixedVersions.join(', ')}` : 'no fix yet',
        ]),
      ),
      '',
    );
  }
  return lines;
}

function labelsSection(image: SiteImage): string[] {
  const names = [...new Set(image.tiers.flatMap((tier) => Object.keys(tier.labels)))].sort();
  const rows = names.map((name) => {
    const values = image.tiers.map((tier) => tier.labels[name] ?? '—');
    // One cell across the tiers where they agree: most labels do, and the table stays narrow.
    const cells: Cell[] = values.every((value) => value === values[0])
      ? [{ html: escapeHtml(values[0]!), attrs: { colspan: values.length } }]
      : values.map((value) => ({ html: escapeHtml(value) }));
    return [{ html: code(name) }, ...cells];
  });
  return [
    heading(2, 'Labels', 'labels'),
    '',
    tableBlock('OCI labels of each tier', [{ label: 'Label' }, ...image.tiers.map((tier) => ({ label: tierTitle(tier.name) }))], rows, { class: 'labels' }),
    '',
    htmlBlock(
      'p',
      {},
      'Added when the image is built: ',
      code('org.opencontainers.image.created'),
      ', ',
      code('org.opencontainers.image.revision'),
      ' and ',
      code('org.armorred.pkgs'),
      ' (the package set).',
    ),
    '',
  ];
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function downloadsSection(image: SiteImage, base: string): string[] {
  const lines = [heading(2, 'SBOM and VEX', 'sbom'), ''];
  const tiers = image.tiers.filter((tier) => tier.downloads.length > 0);
  if (tiers.length === 0) return [...lines, htmlBlock('p', {}, escapeHtml('No SBOM yet: the tiers have not been analyzed.')), ''];
  lines.push(
    htmlBlock(
      'p',
      {},
      escapeHtml(
        'The SBOMs list the Nix store paths in the image (CycloneDX and SPDX); the VEX document states the accepted findings. ' +
          'Each names the image by its config digest (the image ID podman shows). The sha256 under each file is the digest of the file served here.',
      ),
    ),
    '',
  );
  for (const tier of tiers) {
    const describes = tier.report?.build.configDigest;
    lines.push(
      htmlBlock(
        'div',
        { class: 'downloads', 'data-downloads': tier.name },
        element(
          'p',
          {},
          element('strong', {}, escapeHtml(tierTitle(tier.name))),
          describes ? element('span', {}, ': image ', element('code', { 'data-describes': describes }, escapeHtml(describes))) : '',
        ),
        element(
          'ul',
          {},
          ...tier.downloads.map((download) => {
            const name = download.path.split('/').pop()!;
            return element(
              'li',
              { 'data-download': download.path },
              element('a', { href: `${base}${download.path}`, download: name, type: 'application/json' }, escapeHtml(name)),
              escapeHtml(` (${DOWNLOAD_FORMATS[download.kind]}, ${kilobytes(download.bytes)})`),
              '<br>',
              element('code', { 'data-sha256': download.sha256 }, escapeHtml(`sha256:${download.sha256}`)),
            );
          }),
        ),
      ),
      '',
    );
  }
  return lines;
}

function verifySection(image: SiteImage): string[] {
  const lines = [heading(2, 'Verify the signature', 'verify'), ''];
  const published = image.tiers.filter((tier) => tier.release);
  lines.push(
    htmlBlock(
      'p',
      {},
      escapeHtml(
        'Published tiers are signed with cosign by digest. Verify a tier before you run it, with the catalog’s public key' +
          (published.length === 0 ? '; no tier of this image is published yet, so the digest below is a placeholder:' : ':'),
      ),
    ),
    '',
  );
  const commands = image.tiers.map((tier) => {
    const reference = digestReference(tier) ?? `${tier.repository}@sha256:<digest of ${tier.tag}>`;
    return `cosign verify --key cosign.pub ${reference}`;
  });
  lines.push(fence('sh', commands.join('\n')), '');
  return lines;
}

function changelogSection(image: SiteImage, catalog: SiteCatalog): string[] {
  const lines = [heading(2, 'Changelog', 'changelog'), ''];
  if (!image.changelog) return [...lines, htmlBlock('p', {}, 'No changelog yet.'), ''];
  const linkBase = `${catalog.catalog.repository.replace(/\/+$/, '')}/blob/main/images/${image.folder}/`;
  return [...lines, htmlBlock('div', { class: 'changelog' }, renderChangelog(image.changelog, { linkBase, headingLevel: 3 })), ''];
}

/** The markdown page of an image, served at <base><folder>/. */
export function renderImagePage(image: SiteImage, catalog: SiteCatalog): string {
  const frontmatter = stringify(
    { title: `${image.name} ${image.line}`, description: image.description, outline: [2, 3], pageClass: 'image-page' },
    { lineWidth: 0 },
  );
  return [
    '---',
    frontmatter.trimEnd(),
    '---',
    '',
    `<!-- Generated from images/${image.folder}/ by @armorred/site when the site is built; not checked in. -->`,
    '',
    heading(1, `${image.name} ${image.line}`),
    '',
    lede(image),
    '',
    heading(2, 'Tiers', 'tiers'),
    '',
    tiersTable(image),
    '',
    heading(2, 'Pull', 'pull'),
    '',
    pullTable(image),
    '',
    ...runSection(image),
    ...analysisSection(image),
    ...findingsSection(image),
    ...labelsSection(image),
    ...downloadsSection(image, catalog.base),
    ...verifySection(image),
    ...changelogSection(image, catalog),
  ].join('\n');
}
